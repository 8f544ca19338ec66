# in, *, + and += on str
print('' in '', '' in 'abc', 'a' in 'abc', 'bc' in 'abc', 'ac' in 'abc', 'abcd' in 'abc', '😀' in 'x😀y')
for bad in [1, None, ['a'], b'a']:
    try:
        bad in 'abc'
    except TypeError as e:
        print(type(e).__name__, e)
print('a' not in 'bcd', 'abc'.__contains__('b'))
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100, repr('x' * False), 'y' * True)

class I:
    def __index__(self):
        return 2
print('ab' * I(), I() * 'cd')
for bad in [1.5, '2', None, [2]]:
    try:
        'ab' * bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'ab' * 2**70
except Exception as e:
    print(type(e).__name__, e)
try:
    'ab' * (2**62)
except Exception as e:
    print(type(e).__name__, e)
print(repr('' * 2**62), repr('x' * -2**62))
try:
    'x' * -2**70
except Exception as e:
    print(type(e).__name__, e)
print('a' + 'b', '' + '', '😀' + '𝒳')
for bad in [1, None, b'x', ['x']]:
    try:
        'a' + bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad + 'a'
    except TypeError as e:
        print(type(e).__name__, e)
s = 'x'
t = s
s += 'y'
print(s, t, s is not t)
s *= 3
print(s)

class S(str):
    pass
r = S('a') + 'b'
print(type(r).__name__, r, type(S('a') * 2).__name__, type('b' + S('a')).__name__)

class Radd:
    def __radd__(self, other):
        return 'Radd got ' + other
    def __rmul__(self, other):
        return 'Rmul got ' + other
print('x' + Radd(), 'x' * Radd())
print(sum([['a'], ['b']], []), ''.join(['a', 'b']))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
for count in [2**62, 2**63 - 1, -2**63, 2**63]:
    try:
        print(len('a' * count))
    except Exception as e:
        print(type(e).__name__, e)
