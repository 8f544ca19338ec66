# Slices are hashable since Python 3.12: as dict keys and set members; slices of slices.
s1 = slice(1, 10, 2)
s2 = slice(1, 10, 2)
print(s1 == s2, s1 is s2, hash(s1) == hash(s2), hash(slice(None)) == hash(slice(None, None, None)))
d = {s1: 'first', slice(None): 'all', slice(0, 5): 'head'}
print(d[s2], d[slice(None, None)], d[slice(0, 5, None)], slice(0, 5) in d, slice(0, 6) in d)
print(len({slice(1), slice(None, 1), slice(None, 1, None), slice(0, 1)}))
print({slice(1, 2): 0} == {slice(1, 2): 0}, slice(1, 2) in {slice(1, 2)})
try:
    hash(slice([], 1))
except TypeError as e:
    print('TypeError', e)
try:
    {slice(1, {}): 0}
except TypeError as e:
    print('TypeError', e)
print(hash(slice(1, 2)) == hash((1, 2, None)), hash(slice(1, 2, 3)) == hash((1, 2, 3)))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1.0, 2.0), slice('a') == slice('a'))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), sorted([slice(3), slice(1), slice(2)]))
try:
    slice(1) < slice('a')
except TypeError as e:
    print('TypeError', e)
class Weird:
    def __eq__(self, o): return True
    def __hash__(self): return 0
print(slice(Weird()) == slice(5), slice(Weird(), 1) in {slice(0, 1)})
cache = {}
def get(seq, s):
    if s not in cache:
        cache[s] = seq[s]
    return cache[s]
data = list(range(20))
print(get(data, slice(2, 8, 3)), get(data, slice(2, 8, 3)), len(cache))
print(get(data, slice(None, None, -5)), len(cache))
print(slice(1, 2).__hash__ is not None, type(hash(slice(None))).__name__)
print(slice(None, None, None).start, slice(5).stop, slice(5).step, slice(1, 2, 3).step)
s = slice(10**30, -10**30, 7)
print(s, hash(s) == hash(slice(10**30, -10**30, 7)), s.indices(50))
