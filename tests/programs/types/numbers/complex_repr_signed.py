# repr/str of complex numbers with signed zeros, inf, nan, and the float repr rules.
inf, nan = float("inf"), float("nan")
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(0, 1), complex(-1, -1),
        complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, -nan), complex(1e16, 1e-5),
        complex(1.5, 2.25), complex(1e300, -1e-300), complex(0.1, 0.2), complex(123456789012345678, 1), complex(2.0**60, 0)]
for z in vals:
    print(repr(z), str(z), f"{z}", z.real, z.imag)
print(1j, -1j, 0j, -0j, 1 + 0j, -(0j), (-0.0) * 1j, 0j * -1, [1j, 2 + 3j], (1j,))
print(-(1 + 1j), -(-0.0 + 0j), 1j.conjugate(), (1 - 0j).conjugate(), (-0j).conjugate())
print(complex("-0"), complex("-0-0j"), complex("0-0j"), complex("-0+0j"))
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, abs(z), z.conjugate(), z == 3 + 4j, z != 3, 3 + 0j == 3, 3 + 0j == 3.0, 1j == 1)
print(hash(3 + 0j) == hash(3), hash(0j) == hash(0), hash(1.5 + 0j) == hash(1.5))
try:
    z < 1j
except TypeError as e:
    print("TypeError", e)
try:
    z > 1
except TypeError as e:
    print("TypeError", e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)
print(abs(complex(inf, nan)), abs(complex(nan, 1)), abs(complex(3e-320, 4e-320)))
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, nan)))
for attr in ["__int__", "__float__", "__floordiv__", "__mod__", "__divmod__", "__lt__", "__round__", "__trunc__"]:
    print(attr, hasattr(1j, attr))
for f in [int, float, round]:
    try:
        f(1 + 2j)
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: 1j // 1, lambda: 1j % 1, lambda: divmod(1j, 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
