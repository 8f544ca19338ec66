# str.split/rsplit with an explicit separator
print('a,b,,c,'.split(','))
print(',a,b'.split(','))
print(''.split(','))
print(','.split(','))
print(',,'.split(','))
print('a,b,c'.split(',', 0))
print('a,b,c'.split(',', 1))
print('a,b,c'.rsplit(',', 1))
print('a,b,c'.split(',', 5))
print('a,b,c'.split(',', -1))
print('a,b,c'.split(sep=',', maxsplit=1))
print('aaa'.split('a'))
print('aaaa'.split('aa'))
print('aaaaa'.split('aa'))
print('aaaaa'.rsplit('aa'))
print('aaaaa'.rsplit('aa', 1))
print('abcabcabc'.split('bc'))
print('abc'.split('abc'))
print('abc'.split('abcd'))
print('a  b'.split(' '))
print(' a b '.split(' '))
print('a\tb\tc'.split('\t', 1))
print('x😀y😀z'.split('😀'))
print('x😀y😀z'.rsplit('😀', 1))
print('𝒳a𝒳'.split('a'))
print('aXbXc'.split('X', maxsplit=True))
try:
    'abc'.split('')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.split(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.split(',', 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.split(',', 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.split(',', 1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.split(bad=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit(b',')
except Exception as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 1
print('a b c'.split(' ', Idx()))
print('a b c'.rsplit(' ', Idx()))
try:
    'a b'.split(' ', 2**70)
except Exception as e:
    print(type(e).__name__, e)
print('a b'.split(' ', 2**62))
