# Unpacking into list/tuple/set/dict displays and assignments.
a = [1, 2]
b = (3, 4)
s = {5}
d = {'x': 1}
print([*a, *b], (*a, *b), {*a, *b, *s}, [*'ab', *range(2)], [*d, *d.values()])
print({**d, 'y': 2}, {'y': 0, **d}, {**d, **{'x': 9}})
print((*a,), [*()], {*()}, {**{}})
try:
    [*5]
except TypeError as e:
    print('TypeError', e)
try:
    (*None,)
except TypeError as e:
    print('TypeError', e)
try:
    {*1.5}
except TypeError as e:
    print('TypeError', e)
try:
    {**[('a', 1)]}
except TypeError as e:
    print('TypeError', e)
x, *y = 'abc'
print(x, y)
*x, y = [1]
print(x, y)
x, *y, z = range(5)
print(x, y, z)
(p, q), r = [(1, 2), 3]
print(p, q, r)
first, *_ = {'only': 1}
print(first)
for k, *rest in [(1, 2, 3), (4,)]:
    print(k, rest)
try:
    a1, b1 = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a1, b1, c1 = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a1, b1 = 5
except TypeError as e:
    print('TypeError', e)
try:
    a1, b1 = {1: 2, 3: 4, 5: 6}
except ValueError as e:
    print('ValueError', e)
try:
    a1, b1 = (i for i in range(5))
except ValueError as e:
    print('ValueError', e)
a1, b1 = {1: 'a', 2: 'b'}.items()
print(a1, b1)
m, n = {7, 8}
print(sorted([m, n]))
def f(*args, **kw):
    return args, kw
print(f(*a, *b), f(*s, **d), f(*'xy', **{'k': 1}, **{'j': 2}))
try:
    f(**d, **d)
except TypeError as e:
    print('TypeError', e)
try:
    f(*1)
except TypeError as e:
    print('TypeError', e)
try:
    f(**1)
except TypeError as e:
    print('TypeError', e)
print([*[*[1]], *[[2]]], {*frozenset({1}), *{2: 3}})
class Gen:
    def __iter__(self):
        yield from (10, 20)
print([*Gen()], (*Gen(), *Gen()), dict.fromkeys(Gen()))
print(*[1, 2], sep='-')
print(*{}, *'', 'end')
