# find/rfind/index/rindex with start and end in all their forms
s = 'abcabcabc'
for sub in ['a', 'bc', 'abc', 'x', '']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 1), s.rfind(sub, 0, 8),
          s.find(sub, -3), s.rfind(sub, -6, -1), s.find(sub, 100), s.rfind(sub, 9),
          s.find(sub, None, None), s.rfind(sub, None, 5))
print(s.find('a', -100), s.find('a', 3, 1), s.find('', 3, 1), s.find('', 9), s.find('', 10))
print(s.rfind('', 10), s.rfind('', 9), s.rfind('', 3, 1), s.rfind('', -1))
print(s.index('c'), s.rindex('c'), s.index('c', 3), s.rindex('c', 0, -1))
print(s.index('', 4), s.rindex('', 4))
for args in [('x',), ('a', 1, 3), ('c', -1, -1), ('', 10), ('abc', 7)]:
    try:
        print(s.index(*args))
    except Exception as e:
        print('index', args, type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except Exception as e:
        print('rindex', args, type(e).__name__, e)
e = '😀a😀b𝒳a'
print(e.find('a'), e.rfind('a'), e.find('😀', 1), e.rfind('😀'), e.find('𝒳'), e.index('b'))
print(e.find('a', 2), e.find('a', -1), e.rfind('😀', 0, 2), e.find('', 6), e.find('', 7))

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s.find('a', I(1)), s.rfind('a', I(0), I(4)), s.find('a', True))
for bad in [('a', 'x'), ('a', 1.0), ('a', 0, '2'), (1,), (None,), ()]:
    try:
        print(s.find(*bad))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    s.find('a', 0, 1, 2)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    s.rindex(sub='a')
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    s.index('a', start=1)
except Exception as ex:
    print(type(ex).__name__, ex)
