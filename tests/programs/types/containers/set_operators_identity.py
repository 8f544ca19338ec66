# Set operators create new sets; in-place operators mutate; results with self.
a = {1, 2, 3}
b = {3, 4}
for name, r in (('|', a | b), ('&', a & b), ('-', a - b), ('^', a ^ b)):
    print(name, r, r is a, r is b)
c = a
c |= b
print(a is c, a)
c &= {1, 4, 9}
print(a)
c -= {4}
print(a)
c ^= {5, 1}
print(a)
s = {1, 2}
s |= s
print(s)
s &= s
print(s)
s ^= s
print(s)
s = {1, 2}
s -= s
print(s)
s = {1, 2, 3}
print(s.union(s) == s, s.union(s) is s, s.intersection(s), s.difference(s), s.symmetric_difference(s))
s.update(s)
s.intersection_update(s)
print(s)
s.difference_update(s)
print(s)
s = {1, 2, 3}
s.symmetric_difference_update(s)
print(s)
f = frozenset({1, 2})
print(f | f is f, f & f is f, f.union() is f, f.copy() is f)
print(f - set(), type(f - set()).__name__, f - set() is f)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, set() < {0}, set() <= set(), {1} >= set())
print(set().issubset([]), {1}.issuperset(iter([1, 1])), {1}.isdisjoint([]), set().isdisjoint(set()))
x = set(range(50))
y = set(range(25, 75))
print(len(x | y), len(x & y), len(x - y), len(x ^ y), min(x ^ y), max(x & y))
print(sorted(x & y)[:5], sorted(x ^ y)[20:30])
print(x & y == y & x, x | y == y | x, (x - y) | (x & y) == x)
print(x.union(range(100, 102)) >= x)
class S(set):
    pass
ss = S({1, 2})
r = ss | {3}
print(type(r).__name__, r)
ss |= {9}
print(type(ss).__name__, ss)
print(type(ss & ss).__name__, type(ss.copy()).__name__, type(ss.union()).__name__)
print({1, 2}.__or__(frozenset({3})), frozenset({3}).__or__({1}), {1}.__or__([2]))
print({1}.__ror__({2}), {1}.__rsub__({1, 2}), {1}.__rxor__({2}), {1}.__rand__({1}))
t = {5}
t.__ior__({6})
t.__isub__({5})
print(t, t.__ixor__(frozenset({6, 7})), t.__iand__({7}))
print(t.__ior__([1]))
