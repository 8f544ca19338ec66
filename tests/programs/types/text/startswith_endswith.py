# startswith/endswith with tuples, ranges and empty affixes
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.endswith('world'), s.endswith('hello'))
print(s.startswith(('x', 'he')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(()))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('hell', 0, 4), s.endswith('o', -7, -6))
print(s.startswith(''), s.endswith(''), s.startswith('', 11), s.startswith('', 12))
print(s.endswith('', 11), s.endswith('', 12), s.startswith('', 5, 2), s.endswith('', 5, 2))
print(''.startswith(''), ''.endswith(''), ''.startswith('', 1), ''.startswith('a'))
print(s.startswith('h', -100), s.endswith('d', 0, 100), s.startswith('h', None, None))
print(s.startswith(('hello', 'x'), 0, 3), s.endswith(('lo', 'ld'), 0, 5))
e = '😀ab𝒳'
print(e.startswith('a', 1), e.endswith('b', 0, 3), e.endswith('𝒳'), e.startswith('😀a'))

class S(str):
    pass
print(s.startswith(S('he')), s.endswith((S('ld'),)))
for bad in [1, None, ['he'], b'he', ('he', 1), ('x', None)]:
    try:
        s.startswith(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
    try:
        s.endswith(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
print(s.startswith(('he', 1)))
try:
    s.startswith('h', 'x')
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    s.startswith()
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    s.endswith('a', 1, 2, 3)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    s.startswith(prefix='h')
except Exception as ex:
    print(type(ex).__name__, ex)
print(s.startswith(('',)), s.endswith(('x', ''), 20))
