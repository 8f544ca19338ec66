# Shallow copies of every container: copy(), slicing, constructors; subclass copies.
lst = [[1], {'k': 'v'}, (2,)]
copies = [lst.copy(), lst[:], list(lst), [*lst], [x for x in lst]]
for c in copies:
    print(c == lst, c is lst, c[0] is lst[0])
lst[0].append('shared')
print([c[0] for c in copies])
d = {'a': [1], 'b': {2}}
for c in (d.copy(), dict(d), {**d}, {k: v for k, v in d.items()}, dict(d.items())):
    print(c == d, c is d, c['a'] is d['a'])
s = {1, (2, 3), frozenset({4})}
for c in (s.copy(), set(s), {*s}, s | set(), s - set(), set(iter(s))):
    print(c == s, c is s, type(c).__name__)
f = frozenset(s)
print(f.copy() is f, frozenset(f) is f, (f | frozenset()) is f, type(f | set()).__name__)
t = (1, [2])
print(tuple(t) is t, t[:] is t, (t + ()) is t, (*t,) is t, tuple(list(t)) == t)
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
class F(frozenset):
    pass
class T(tuple):
    pass
l = L([1])
print(type(l.copy()).__name__, type(l[:]).__name__, type(list(l)).__name__)
dd = D(a=1)
print(type(dd.copy()).__name__, type(dict(dd)).__name__)
ss = S([1])
print(type(ss.copy()).__name__, type(ss | ss).__name__)
ff = F([1])
print(type(ff.copy()).__name__, ff.copy() is ff, type(frozenset(ff)).__name__, frozenset(ff) is ff)
tt = T((1,))
print(type(tt[:]).__name__, tt[:] is tt, type(tuple(tt)).__name__, tuple(tt) is tt)
ba = bytearray(b'ab')
print(ba.copy(), ba.copy() is ba, ba[:] == ba)
r = range(5)
print(r[:] == r, r[:] is r)
orig = [1, 2, 3]
cp = orig.copy()
cp.append(4)
orig[0] = 'x'
print(orig, cp)
grid = [[0] * 2] * 2
grid_copy = [row[:] for row in grid]
grid_copy[0][0] = 1
grid[0][1] = 7
print(grid, grid_copy)
try:
    [].copy(1)
except TypeError as e:
    print('TypeError', e)
try:
    {}.copy(deep=True)
except TypeError as e:
    print('TypeError', e)
print(list.copy([5, 6]), dict.copy({1: 2}), set.copy({3}), frozenset.copy(frozenset({4})))
try:
    list.copy((1,))
except TypeError as e:
    print('TypeError', e)
try:
    dict.copy([])
except TypeError as e:
    print('TypeError', e)
