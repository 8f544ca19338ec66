# BINARY_SUBSCR_{LIST_INT,TUPLE_INT,DICT} and STORE_SUBSCR_{LIST_INT,DICT}: indexing of exact
# lists, tuples and dicts. Out-of-range and negative indexes, other index kinds, subclasses
# with __getitem__ / __missing__ and other containers at warmed sites.
import types

WARM = 200


def get(c, i):
    return c[i]


def put(c, i, v):
    c[i] = v


lst = [1, 2, 3]
tup = (1, 2, 3)
for i in range(WARM):
    get(lst, i % 3)
    get(tup, -(i % 3) - 1)
    put(lst, i % 3, i)
print(lst)

for c, i in ((lst, 3), (lst, -4), (tup, 3), (tup, -4), (lst, True), (tup, False), (lst, -1), (tup, -3),
             (lst, 2 ** 70), (lst, -2 ** 70), (lst, 1.0), (tup, '1'), (lst, None), (lst, slice(1, None))):
    try:
        print(repr(get(c, i)))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for c, i in ((lst, 3), (lst, -4), (lst, 2 ** 64), (lst, 'x'), (tup, 0), (lst, -1), (lst, True)):
    try:
        put(c, i, 'stored')
        print(lst)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
empty = []
try:
    get(empty, 0)
except IndexError as e:
    print('IndexError:', e)
try:
    get((), -1)
except IndexError as e:
    print('IndexError:', e)


class Indexable:
    def __index__(self):
        return 1


class ListWithGetitem(list):
    def __getitem__(self, i):
        return f'ListWithGetitem[{i}]'


print(get(lst, Indexable()), get(tup, Indexable()), get(ListWithGetitem([1]), 0), get('abc', 1), get(range(5), -1))
print(get(b'ab', 0), get(bytearray(b'ab'), -1), get(memoryview(b'xy'), 1))

d = {'a': 1, 1: 'one', (1, 2): 'tuple key'}
for _ in range(WARM):
    get(d, 'a')
    put(d, 'a', 0)
print(get(d, 1), get(d, 1.0), get(d, True), get(d, (1, 2)))
for k in ([1], {}, 'missing', (1, [2]), 2, None):
    try:
        print(get(d, k))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)


class WithMissing(dict):
    def __missing__(self, key):
        return f'__missing__({key!r})'


class Overriding(dict):
    def __getitem__(self, key):
        return 'Overriding.__getitem__'

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


print(get(WithMissing(), 'q'), get(WithMissing(a=1), 'a'), get(Overriding(), 'x'))
print(get(types.MappingProxyType(d), 'a'), get(types.SimpleNamespace(k=1).__dict__, 'k'))
ov = Overriding()
put(ov, 'k', 5)
print(dict(ov))
for key in ([1], {1}):
    try:
        put(d, key, 2)
    except TypeError as e:
        print('TypeError:', e)
try:
    put(types.MappingProxyType(d), 'a', 1)
except TypeError as e:
    print('TypeError:', e)


class SameAsA:
    def __hash__(self):
        return hash('a')

    def __eq__(self, other):
        return other == 'a'


print(get(d, SameAsA()))
put(d, SameAsA(), 'stored through an equal key')
print(d['a'], len(d))

# Storing while iterating a dict: an existing key is fine, a new key is not.
for k in d:
    put(d, k, 'same keys')
try:
    for k in d:
        put(d, ('new', k), 1)
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(d))
