# hash() of ints, floats, complex: -1, modulus wrap, huge ints, inf/nan, fractions of two.
import sys
M = sys.hash_info.modulus
print(sys.hash_info.width, M == 2**61 - 1, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits)
for n in [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**64, -(2**64), 10**30, -(10**30), 2**200 + 7, -(2**200) - 7]:
    print(n, hash(n))
for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 0.25, 1e100, -1e-100, 2.0**61, 2.0**-61, 2.0**62, 1.7976931348623157e308, 5e-324, float("inf"), float("-inf"), 3.75]:
    print(x, hash(x))
n1 = float("nan")
print(hash(n1) == hash(n1), {n1: 1}[n1], n1 in [n1], n1 in {n1})
for z in [0j, 1j, -1j, 1 + 1j, 2.5 - 0.5j, complex(-1, 0), complex(0, -1), complex(1e100, 1e100), complex(float("inf"), 0)]:
    print(z, hash(z))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(2**61 - 1) == hash(0))
for n in range(-5, 6):
    print(n, hash(n) == hash(float(n)) == hash(complex(n, 0)))
for n in [2**52 + 1, 2**60 + 3, 10**20]:
    print(hash(n) == hash(float(n)), float(n) == n)
class H(int):
    pass
class F(float):
    pass
print(hash(H(-1)), hash(F(-1.0)), hash(H(12345678901234567890)), hash(F(0.5)))
class Custom:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [-1, -2, 5, 2**64, -(2**64), 2**61 - 1, 2**63, True]:
    print(h, hash(Custom(h)))
class BadHash:
    def __hash__(self):
        return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(int.__hash__(7), float.__hash__(2.5), complex.__hash__(1j), hash(2**61 + 2**60 + 5) == (2**61 + 2**60 + 5) % M)
print(hash(-(2**61) + 1), hash(-(2**61) - 1), hash(-(2**62)))
