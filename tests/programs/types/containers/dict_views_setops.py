# dict views: set operations, isdisjoint, mapping attribute, reversed, repr, len, contains.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, 'x' in k)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted({'a', 'z'} & k), sorted(['z'] | k), sorted(('a', 'q') - k), sorted('aq' ^ k))
print(type(k & {'a'}).__name__, type(k | []).__name__)
print(sorted(it & {('a', 1), ('b', 9)}), sorted(it - {('a', 1)}))
print(sorted(it | {('z', [1]) if False else ('z', 0)}))
show('items unhashable', lambda: it & {'a': [1]}.items())
show('items | list of lists', lambda: it | [[1, 2]])
show('values &', lambda: v & {1})
show('keys & int', lambda: k & 5)
show('keys | None', lambda: k | None)
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), k.isdisjoint(iter('xyz')), it.isdisjoint([('a', 1)]))
show('isdisjoint int', lambda: k.isdisjoint(1))
print(k == {'a', 'b', 'c'}, k == {'a'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'})
print(k > {'a'}, k >= {'a', 'b', 'c'}, k == ['a', 'b', 'c'], it == {('a', 1), ('b', 2), ('c', 3)})
print(v == v, v == d.values(), d.keys() == d.keys())
print(k.mapping, type(k.mapping).__name__, k.mapping['a'])
show('mapping setitem', lambda: k.mapping.__setitem__('q', 1))
print(v.mapping is not d, it.mapping == d)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(k).__name__, type(v).__name__, type(it).__name__)
d['d'] = 4
print(k, len(v), list(it)[-1])
del d['a']
print(k, v, it)
show('hash keys', lambda: hash(k))
show('keys()', lambda: type(k)())
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e.keys())))
print({1: 'x'}.keys() | {1.0, True}, {1: 'x'}.keys() & {1.0})
print({'b': 1, 'a': 2}.keys() - set(), ({'b': 1, 'a': 2}.keys() - set()) == {'a', 'b'})
print({(1, 2): 0}.keys() & {(1, 2)})
ki = iter(d.items())
print(next(ki), type(next(ki)).__name__)
print(d.items() ^ {('b', 2), ('z', 26)} == {('c', 3), ('d', 4), ('z', 26)})
class K(dict):
    pass
kd = K(x=1)
print(kd.keys(), kd.keys().mapping, type(kd.keys()).__name__)
