# complex numbers
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z)
print(z ** 2, z ** 0, 1j ** 2, (1 + 1j) ** 8)
print(complex(), complex(2), complex(2.5, -0.5), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e3j"))
print(1j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), 2j * 2, 1 + 0j)
print(complex(1e300, 1e300) * 10, complex(float('inf'), float('nan')))
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, 2.0 + 0j == 2)
print(type(z).__name__, isinstance(z, complex), complex(True, False))
print(hash(1 + 0j) == hash(1), hash(2j), hash(1 + 2j))
print([complex(i, -i) for i in range(3)])
print(format(z, ''), format(1.5 - 2.25j, '.2f'), f"{z:>20}", f"{w:+.3e}")
for bad in ["1+", "abc", "1+2i", "(1+2j", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
try:
    z % 2
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(z)
except TypeError as e:
    print("TypeError", e)
print(complex("(1+2j)"), (1 + 2j).__class__.__name__, 5j.imag, 5j.real)
print(abs(-3j), abs(complex(1, 1)), abs(1e200 + 1e200j))
print(sum([1j, 2, 3.5]), pow(2j, 3), pow(1j, -1))
print(repr(complex(1.1, 2.2)), str(complex(1e20, 1e-20)), complex(0.1 + 0.2, 1 / 3))
