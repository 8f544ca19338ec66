# len, indexing and iteration count code points, including astral characters
s = 'a😀b𝒳c'
print(len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
print(list(s), [ord(c) for c in s], [len(c) for c in s])
print(s.index('b'), s.find('c'), s[1] == '😀', s[3] == '𝒳')
for i in [5, -6, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, 'IndexError', e)
e = '😀' * 5
print(len(e), e[2], e[1:3], len(e[1:3]), e[::-1] == e, e.count('😀'))
mixed = 'x\U0001f468\u200d\U0001f469\u200d\U0001f467y'
print(len(mixed), [hex(ord(c)) for c in mixed])
print(len('e\u0301'), len('\u00e9'), 'e\u0301' == '\u00e9')
flag = '\U0001f1ef\U0001f1f5'
print(len(flag), flag[0] == '\U0001f1ef', flag[::-1] == '\U0001f1f5\U0001f1ef')
it = iter('a😀')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(reversed('a😀b')), list(enumerate('𝒳y')))
print(sorted('b😀a𝒳'), max('a😀𝒳'), min('😀𝒳'))
print([c for c in '\U0010ffff\U00010000\uffff'])
print('😀' in s, '😀b' in s, 'a😀' in s, '\ud83d' in s)
print(len(chr(0x10000)), len(chr(0xffff) + chr(0x10000)))
big = ''.join(chr(0x1f600 + i % 50) for i in range(1000))
print(len(big), big[500], big[-1], big[999], len(big[100:200]), big[100:200][0], big.count('\U0001f600'))
print(ord(big[123]), big.find(chr(0x1f600 + 7)), big.rfind(chr(0x1f600 + 7)))
print(str(len('😀😀')) + ' code points, ' + str(len('😀😀'.encode('utf-8'))) + ' bytes')
try:
    s['1']
except TypeError as e:
    print('TypeError', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError', e)
try:
    s[None]
except TypeError as e:
    print('TypeError', e)
print(s[True], s[False])

class I:
    def __index__(self):
        return 3
print(s[I()])
try:
    s[2**100]
except Exception as e:
    print(type(e).__name__, e)
