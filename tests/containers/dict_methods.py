# dict: methods, views and their set operations, __missing__, mutation during deletion loops.
d = {'a': 1, 'b': 2}
d['c'] = 3; del d['a']; print(d, len(d), 'b' in d, d.get('z'), d.get('z', 0))
print(d.setdefault('b', 9), d.setdefault('q', 7), d)
print(d.pop('q'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.keys(), d.values(), d.items(), list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict.fromkeys('ab', 0), dict.fromkeys(range(3)))
print({1: 2} | {3: 4}, {1: 2} != {1: 3})
e = dict(d); e |= {'new': 0}; print(e)
x = {}; x[1] = x; print(x)
class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(a=1); print(m['zz'], m, type(m.copy()), M.fromkeys('ab'), type(M.fromkeys('ab')))
print({'a': 1}.keys() & {'a', 'b'}, {'a': 1}.keys() | {'b'}, {'a': 1, 'c': 2}.keys() - {'a'}, {'a': 1}.keys() ^ {'a', 'c'})
print({'a': 1}.items() & {('a', 1)}, {'a': 1}.keys() == {'a'}, {'a': 1}.keys() < {'a', 'b'}, {'a': 1}.keys().isdisjoint('b'))
print({'a': 1}.keys().mapping, ('a', 1) in {'a': 1}.items(), 1 in {'a': 1}.values())
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3 == 0: del d[k]
print(d, list(d.items())[:3])
print(dict[str, int], {}.fromkeys([]))
print(sorted({'b': 1, 'a': 2}), min({3: 1, 1: 2}), sum({1: 2, 3: 4}.values()))
it = iter({1: 2, 3: 4}); print(it.__length_hint__(), next(it), it.__length_hint__())
