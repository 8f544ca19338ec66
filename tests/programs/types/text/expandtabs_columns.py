# expandtabs: column tracking resets at \n and \r
cases = ['a\tb', '\t', 'ab\tc', 'abcdefgh\ti', 'abcdefg\th', '\t\t', 'a\nb\tc', 'ab\r\tc', 'x\x0b\ty', 'x\x0c\ty',
         'x\x85\ty', 'x\u2028\ty', '😀\tx', '𝒳𝒳\tx', '', 'no tabs']
for c in cases:
    print(repr(c), repr(c.expandtabs()), repr(c.expandtabs(4)), repr(c.expandtabs(1)), repr(c.expandtabs(0)), repr(c.expandtabs(-2)))
print(repr('01\t012\t0123\t01234'.expandtabs()))
print(repr('01\t012\t0123\t01234'.expandtabs(4)))
print(repr('a\tb'.expandtabs(tabsize=3)))
print(repr('a\tb'.expandtabs(True)))
for bad in ['4', 4.0, None]:
    try:
        'a\tb'.expandtabs(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    'a'.expandtabs(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.expandtabs(size=2)
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
for r in [S('ab').expandtabs(), S('a\tb').expandtabs()]:
    print(type(r).__name__, repr(r))
