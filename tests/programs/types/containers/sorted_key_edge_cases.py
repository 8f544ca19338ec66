# sorted/list.sort with unusual keys: tuples, None mixes, lambdas raising, key=str.lower, identity.
print(sorted(['b', 'A', 'c', 'B'], key=str.lower))
print(sorted(['b', 'A', 'c', 'B'], key=str.casefold, reverse=True))
print(sorted([3, -1, -3, 2], key=abs))
print(sorted([3, -1, -3, 1], key=abs, reverse=True))
print(sorted(['aa', 'b', 'ccc', ''], key=len))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[1]))
print(sorted([{'n': 2}, {'n': 1}], key=lambda d: d['n']))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted('bac', key=ord), sorted([2, 1], key=None))
try:
    sorted([1, None, 2], key=lambda x: x)
except TypeError as e:
    print('TypeError', e)
print(sorted([1, None, 2], key=lambda x: (x is None, x or 0)))
try:
    sorted([{'a': 1}, {}], key=lambda d: d['a'])
except KeyError as e:
    print('KeyError', e)
try:
    sorted([1, 2], key=lambda a, b: 0)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1, 2], reverse='yes')
except TypeError as e:
    print('TypeError', e)
print(sorted([1, 3, 2], reverse=2), sorted([1, 3, 2], reverse=0))
try:
    sorted([1, 2], reverse=None)
except TypeError as e:
    print('TypeError', e)
try:
    [1].sort(key=1, reverse=False)
except TypeError as e:
    print('TypeError', e)
print(sorted([1], key=1))
print(sorted([], key=1))
print(sorted([0.1, 1e-9, -0.0, 0.0, float('inf')]))
nan = float('nan')
r = sorted([3, nan, 1, 2])
print(len(r), r.count(1))
print(sorted([[3], [1, 2], [1], []]))
print(sorted([(1, 2), (1,), (0, 5, 5)]))
print(sorted([True, False, 0, 1, -1]))
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']))
words = 'The quick Brown fox Jumps over the Lazy dog'.split()
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)))
data = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2)]
by_score = sorted(data, key=lambda p: p[1], reverse=True)
print(by_score)
print(sorted(sorted(data), key=lambda p: p[1]))
l = [5, 4, 3]
l.sort(key=lambda x: x, reverse=False)
print(l)
