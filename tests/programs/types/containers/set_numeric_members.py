# Sets containing mixed numeric types: equality-based membership, printing, and operations.
s = {1, 2.0, 3 + 0j, True, False, 0.0}
print(len(s), sorted(s, key=lambda v: (abs(v), str(type(v)))))
print(1.0 in s, 2 in s, 3 in s, 0 in s, (1 + 0j) in s, 3.5 in s)
print({1, 2, 3} == {1.0, 2.0, 3.0}, {1, 2} <= {1.0, 2.0, 2.5})
print({1} | {1.0}, {1.0} | {1}, {1.0} & {1}, {1} & {1.0}, {True} & {1, 2})
print({2.0} - {2}, {0} ^ {0.0, 1}, {1.5, 2} ^ {2.0})
f = {0.1 + 0.2, 0.3}
print(len(f), sorted(f))
print({-0.0, 0.0}, {0.0, -0.0}, {0, -0.0})
print({10**20, 1e20}, {2**53, 2.0**53, 2**53 + 1})
n1 = float('nan')
n2 = float('nan')
ns = {n1, n2, n1}
print(len(ns), n1 in ns, float('nan') in ns)
big = {10**30, -10**30, 10**30 + 1}
print(sorted(big), 10**30 in big, float(10**30) in big)
print({1, 1.0, 1 + 0j, True}.pop().__class__.__name__)
print(set([1.0, 1]).pop().__class__.__name__, set([True, 1.0]).pop().__class__.__name__)
u = {1}
u.add(1.0)
u.add(True)
print(u, type(next(iter(u))).__name__)
u.discard(1.0)
print(u)
u.update([2.0, 2])
print(u)
print(frozenset({1, 2}) == frozenset({1.0, 2.0}), hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))
print({x / 2 for x in range(6)})
print({x // 2 for x in range(6)})
print({-x for x in range(5)}, {x * 0.5 for x in range(-3, 4)})
class MyFloat(float):
    pass
mf = {MyFloat(1.5), 1.5}
print(len(mf), type(next(iter(mf))).__name__)
