# Dict views are live: they follow the dict; view iteration errors; view repr of subclasses.
d = {'a': 1}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i, len(k))
d['b'] = 2
print(k, v, i, len(i), 'b' in k, 2 in v, ('b', 2) in i)
del d['a']
print(list(k), list(v), list(i))
d.clear()
print(k, v, i, bool(k), bool(v), bool(i))
d.update(x=[1], y=[2])
print(('x', [1]) in i, ('x', [2]) in i, [1] in v, ('x',) in i, 'x' in i, ['x', [1]] in i)
try:
    print(('z', []) in i)
except TypeError as e:
    print('TypeError', e)
try:
    print({} in k)
except TypeError as e:
    print('TypeError', e)
it = iter(k)
print(next(it))
d['w'] = 0
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(v)
d.pop('w')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = reversed(i)
print(next(it))
d['late'] = 1
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(k), k == {'x', 'y', 'late'}, k - {'late'} == {'x', 'y'})
print(k & k, len(k | k), k ^ k)
print(k.__len__(), k.__contains__('x'), v.__len__(), i.__contains__(('late', 1)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(isinstance(k, type({}.keys())), k.__class__ is type({}.keys()))
try:
    hash(v)
except TypeError as e:
    print('TypeError', e)
e = {1: 1}
vi = e.values()
print(vi == e.values(), vi == vi, vi != vi)
print(list(zip(e.keys(), e.values(), e.items())))
big = dict.fromkeys(range(20), 0)
bk = big.keys()
for n in range(0, 20, 2):
    del big[n]
print(list(bk), len(bk), 7 in bk, 8 in bk)
print(list(reversed(bk))[:3], list(reversed(big.values()))[:2])
print(bk >= {1, 3}, bk <= set(range(20)), bk.isdisjoint(range(0, 20, 2)))
