# str.count: non-overlapping, empty substring, ranges
s = 'aaaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count(''), s.count('b'))
print(''.count(''), ''.count('a'), 'abc'.count('', 1), 'abc'.count('', 3), 'abc'.count('', 4))
print('abc'.count('', -1), 'abc'.count('', 0, 0), 'abc'.count('', 2, 1), 'abc'.count('', 5, 10))
print(s.count('a', 1), s.count('a', 1, 3), s.count('a', -2), s.count('a', -100, 100))
print(s.count('aa', 1), s.count('a', None, None), s.count('a', None, 2))
print('ababab'.count('aba'), 'ababab'.count('ab', 2, 5))
e = '😀😀x😀'
print(e.count('😀'), e.count(''), e.count('😀', 1), e.count('😀', 0, 2), e.count('x', -2))
print('𝒳𝒳𝒳'.count('𝒳𝒳'))
print('\x00\x00'.count('\x00'))
for bad in [(1,), ('a', 'b'), ('a', 1, 2, 3), ()]:
    try:
        print('abc'.count(*bad))
    except Exception as ex:
        print(type(ex).__name__, ex)
text = 'the quick brown fox jumps over the lazy dog the end'
for w in ['the', 'o', ' ', 'fox', 'cat']:
    print(w, text.count(w), text.count(w, 10), text.count(w, 0, -10))
print('abcabc'.count('abc', 0, 3), 'abcabc'.count('abc', 0, 2), 'abcabc'.count('abc', 1), 'abcabc'.count('abc', -3))
print('aaa'.count('a', 0, 2**63 - 1), 'aaa'.count('a', -2**63))
class I:
    def __index__(self):
        return 2
print('aaaa'.count('a', I()), 'aaaa'.count('a', None, I()), 'aaaa'.count('a', True))
try:
    'aaa'.count('a', 0, 2**64)
except Exception as ex:
    print(type(ex).__name__, ex)
print(''.count('', -1, -1), ''.count('', 1), 'ab'.count('', 2), 'ab'.count('', 3), 'ab'.count('', -1, -1))
print('𝒳a𝒳a'.count('a𝒳'), '𝒳a𝒳a'.count('𝒳', 1, 3), '😀😁😀'.count('😁😀'), '😀'.count('\ud83d'))
long = 'ab' * 5000 + '😀' + 'ab' * 5000
print(long.count('ab'), long.count('ba'), long.count('😀'), long.count('b😀a'), long.count('', 9999, 10003))
