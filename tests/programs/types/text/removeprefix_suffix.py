# removeprefix / removesuffix remove at most one occurrence, exactly
cases = [('TestHook', 'Test'), ('TestHook', 'Hook'), ('BaseTestCase', 'Test'), ('abc', ''), ('', ''), ('', 'a'),
         ('aaa', 'a'), ('aaa', 'aa'), ('aaa', 'aaaa'), ('abc', 'abc'), ('😀x😀', '😀'), ('𝒳𝒴', '𝒳'), ('ab', 'AB')]
for s, affix in cases:
    print(repr(s), repr(affix), repr(s.removeprefix(affix)), repr(s.removesuffix(affix)))
print('xxhixx'.removeprefix('x').removesuffix('x'))
print('file.tar.gz'.removesuffix('.gz').removesuffix('.tar'))
print('https://example.org'.removeprefix('https://'), 'example.org'.removeprefix('https://'))
for bad in [None, 1, ('a',), b'a', ['a']]:
    try:
        'abc'.removeprefix(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        'abc'.removesuffix(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    'abc'.removeprefix()
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.removesuffix('a', 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.removeprefix(prefix='a')
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
for r in [S('abc').removeprefix('a'), S('abc').removeprefix('x'), S('abc').removesuffix(''), S('abc').removesuffix('c'),
          'abc'.removeprefix(S('a')), S('').removeprefix('')]:
    print(type(r).__name__, repr(r))
names = ['test_alpha', 'test_beta', 'helper', 'test_', 'testgamma']
print([n.removeprefix('test_') for n in names])
print([n for n in names if n.removeprefix('test_') != n])
