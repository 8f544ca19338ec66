# str methods called through the type, and applied to the wrong types
print(str.upper('abc'), str.split('a b'), str.join(',', 'ab'), str.count('aaa', 'a'))
print(list(map(str.strip, [' a ', 'b  '])), sorted(['B', 'a'], key=str.lower))
print(str.__len__('😀x'), str.__getitem__('abc', -1), str.__add__('a', 'b'), str.__mul__('a', 3))
print(str.__mod__('%d', 5), str.__rmod__('%d', 5), str.__rmod__('a', 5))
print(str.__eq__('a', 'a'), str.__eq__('a', 1), str.__lt__('a', 'b'), str.__contains__('abc', 'b'))
for call in [lambda: str.upper(1), lambda: str.lower(None), lambda: str.split(b'a b'), lambda: str.join(1, []),
             lambda: str.upper(), lambda: str.replace('a'),
             lambda: str.format(), lambda: str.maketrans(), lambda: str.__contains__('a', 1), lambda: str.__getitem__('a', 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(type(str.upper).__name__, str.upper.__name__, str.upper.__qualname__, type('a'.upper).__name__)
print('a'.upper.__self__, 'a'.upper.__name__, str.maketrans.__name__, type(str.__dict__['maketrans']).__name__)
m = 'hello'.count
print(m('l'), m('l', 3))
print(callable(str.upper), getattr('x', 'upper')(), hasattr('x', 'nope'))
try:
    'x'.nope
except AttributeError as e:
    print(e)
try:
    'x'.upper = 5
except AttributeError as e:
    print(e)
try:
    str.upper = 5
except TypeError as e:
    print(e)
print(sorted(n for n in dir(str) if not n.startswith('_')))
print(len([n for n in dir('') if n.startswith('__')]) > 30)
