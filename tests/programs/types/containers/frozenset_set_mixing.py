# Operations mixing set and frozenset: result types, equality, hashing, membership of sets in sets.
s = {1, 2}
f = frozenset({2, 3})
print(type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f & s).__name__)
print(type(s - f).__name__, type(f - s).__name__, type(s ^ f).__name__, type(f ^ s).__name__)
print(s | f, f | s, s & f, f - s)
print(s == frozenset({1, 2}), frozenset({1, 2}) == s, s <= frozenset({1, 2, 3}), f > frozenset({3}))
print({frozenset({1, 2})} == {frozenset([2, 1])}, {1, 2} in {frozenset({1, 2})})
d = {frozenset(s): 'found'}
print(d[frozenset({2, 1})], s in {frozenset({1, 2}): 0})
try:
    d[s] = 1
except TypeError as e:
    print('TypeError', e)
try:
    {s}
except TypeError as e:
    print('TypeError', e)
ss = {frozenset({1}), frozenset({2})}
ss.add(frozenset({1}))
print(len(ss))
print({1} in ss, ss.__contains__({2}))
ss.remove({1})
print(ss)
ss.discard({2})
print(ss)
try:
    ss.remove({9})
except KeyError as e:
    print('KeyError', e)
try:
    ss.remove([9])
except TypeError as e:
    print('TypeError', e)
nested = frozenset({frozenset({frozenset()})})
print(nested, frozenset() in nested, frozenset({frozenset()}) in nested)
print(frozenset({1, 2}).issubset({1, 2, 3}), {1}.issubset(frozenset({1})))
print(s.union(f) == f.union(s), s.isdisjoint(f), frozenset().isdisjoint(s))
s2 = set(f)
s2.add(10)
print(f, s2)
print(frozenset(s) == s, hash(frozenset(s)) == hash(frozenset([1, 2])))
print(sorted([frozenset({3}), frozenset({1, 2}), frozenset()], key=len))
print(frozenset({1}) < frozenset({1, 2}) < frozenset({1, 2, 3}))
print({1, 2} - frozenset({1}) == {2}, frozenset({1, 2}) - {1} == frozenset({2}))
print(set.union(f, s), frozenset.union(s, f) if False else 'skip')
try:
    frozenset.union(s, f)
except TypeError as e:
    print('TypeError', e)
try:
    set.add(f, 1)
except TypeError as e:
    print('TypeError', e)
