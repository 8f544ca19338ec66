# str.replace with count, empty old, and overlaps
print('aaaa'.replace('a', 'b'))
print('aaaa'.replace('a', 'b', 2))
print('aaaa'.replace('a', 'b', 0))
print('aaaa'.replace('a', 'b', -1))
print('aaaa'.replace('a', 'b', -100))
print('aaaa'.replace('aa', 'b'))
print('aaaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'))
print('abc'.replace('', '-', 2))
print('abc'.replace('', '-', 0))
print(''.replace('', 'x'))
print(''.replace('', 'x', 0))
print(''.replace('a', 'x'))
print('abc'.replace('', ''))
print('abc'.replace('b', ''))
print('abc'.replace('abc', ''))
print('abc'.replace('abcd', 'x'))
print('😀a😀'.replace('', '|'))
print('😀a😀'.replace('😀', 'e'))
print('𝒳𝒳𝒳'.replace('𝒳', '𝒴', 2))
print('a.b.c'.replace('.', '..'))
print('$&$1'.replace('$', '$$'))
print('a$b'.replace('a', '$&'))
print('a$b'.replace('a', "$'"))
print('xyz'.replace('y', '$`'))
print('hello world'.replace('o', '0', count=1))
try:
    'hello'.replace(old='l', new='L')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.replace('a')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.replace(1, 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.replace('a', 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.replace('a', 'b', 'c')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.replace('a', 'b', 1.0)
except Exception as e:
    print(type(e).__name__, e)
print('ab'.replace('a', 'x', True))

class S(str):
    pass
r = S('abc').replace('x', 'y')
print(type(r).__name__, r)
r = S('abc').replace('a', 'y')
print(type(r).__name__, r)
