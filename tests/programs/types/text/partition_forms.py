# partition/rpartition
print('a=b=c'.partition('='))
print('a=b=c'.rpartition('='))
print('abc'.partition('x'))
print('abc'.rpartition('x'))
print(''.partition('x'))
print(''.rpartition('x'))
print('abc'.partition('abc'))
print('abc'.rpartition('abc'))
print('aXXbXXc'.partition('XX'))
print('aXXbXXc'.rpartition('XX'))
print('aaa'.partition('aa'))
print('aaa'.rpartition('aa'))
print('😀=𝒳'.partition('='))
print('x😀y😀z'.rpartition('😀'))
print('key: value: more'.partition(': '))
try:
    'abc'.partition('')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.rpartition('')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.partition(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.rpartition(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.partition()
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.partition(sep='b')
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
parts = S('a-b').partition('-')
print([type(p).__name__ for p in parts], parts)
parts = S('ab').rpartition('-')
print([type(p).__name__ for p in parts], parts)
for line in ['name=Bob', 'age', '=x', 'x=', 'a=b=c']:
    k, sep, v = line.partition('=')
    print(repr(k), repr(sep), repr(v))
