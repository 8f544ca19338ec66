# set and frozenset operations
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([4, 9]))
print(a <= b, {3} <= a, {3} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(1); s.add(2); s.add(1)
print(s, len(s))
s.update([3, 4], "a")
print(sorted(s, key=str))
s.discard(99)
s.discard("a")
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p, s)
s |= {10, 20}
s &= {1, 2, 3, 10, 20, 30}
s -= {2}
s ^= {3, 40}
print(sorted(s))
s.intersection_update([10, 40, 1])
s.difference_update([1])
s.symmetric_difference_update({40, 50})
print(sorted(s))
s.clear()
print(s, set(), frozenset(), set("hello") == {"h", "e", "l", "o"})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & {2}, hash(fs) == hash(frozenset([3, 2, 1])))
print({fs: "frozen key"}[frozenset({1, 2, 3})], {frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print({1, 2} == frozenset({1, 2}), set([1, 2]) == [1, 2], {1, 2} != {2, 1})
print(set(range(10)) - set(range(0, 10, 2)), {x % 5 for x in range(20)}, {c for c in "banana"} == set("ban"))
print(sorted({3, 1, 2}), len({1, 1.0, True}), {0, False}, {None}, {(1, 2), (1, 2)})
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(t, u, t is u)
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({1, 2}))
print(min({5, 3, 9}), max(frozenset("abc")), sum({1, 2, 3}), 3 in t, 4 not in t)
