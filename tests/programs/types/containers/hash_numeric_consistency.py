# hash() agrees across int, float, complex, bool, and for equal values in containers.
vals = [0, 1, -1, 2, 10, 2**31, 2**32, 2**52, 2**53, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64 + 1]
for v in vals:
    f = float(v)
    same = hash(v) == hash(f) if f == v else 'n/a'
    print(v, hash(v), hash(-v), same)
for f in (0.1, 0.5, 1.5, -2.75, 1e-10, 123.456, 1e20, 2.0**-1074, 1.7976931348623157e308, -1e300):
    print(repr(f), hash(f))
for c in (1j, -1j, 1 + 1j, 0.5 - 2.5j, complex(2**61, 1), complex(0, 2**61 - 1)):
    print(repr(c), hash(c))
print(hash(True) == hash(1) == hash(1.0) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(-1) == hash(-2), hash(-1), hash(-1.0), hash(complex(-1, 0)))
print(hash(float('inf')), hash(float('-inf')))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2 + 0j)))
print(hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(hash(MyInt(7)) == hash(7), hash(MyFloat(7.5)) == hash(7.5))
print(hash(2**100), hash(-2**100), hash(10**50 + 7), hash(-(10**50 + 7)))
print(hash(2**61 - 1) == 0, hash(2 * (2**61 - 1)) == 0, hash(-(2**61 - 1)))
print(hash(1 / 3), hash(2 / 3), hash(1e-300 * 1e-300))
print(hash((0,)), hash((-1,)), hash((-2,)), hash(((),)), hash(('',)))
print(hash(frozenset({-1})), hash(frozenset({-2})), hash(frozenset({0, -1})))
print(hash(frozenset({'a'})) == hash(frozenset(['a', 'a'])))
print({0.0: 'f', 0: 'i'}, {2**61 - 1: 'a', 0: 'b'})
print({hash(2**61 - 1), hash(0)}, {2**61 - 1, 0})
print(sorted({2**61 + 5, 5, 2**62 + 5}))
print({5, 2**61 + 4, 2**61 + 5})
