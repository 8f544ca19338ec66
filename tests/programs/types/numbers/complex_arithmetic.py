# complex arithmetic: mixed with int/float/bool, division, zero division, overflow.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 1 + a, a * 2.5, 2 * a, a / 2, 2 / a, True + a, a * False)
print(a - a, a * 0, 0 * a, a * -0.0, (1 + 0j) * (-0.0), 0j + -0.0, -0.0 + 0j, -0.0 - 0j, 0j - 0.0)
print(complex(1, 2) * complex(3, 4), complex(1e200, 1e200) * complex(1e200, 1e200) if False else "skip")
print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / 1e-320 if False else "skip2")
print((1 + 1j) / (1e308 + 1e308j), (5 + 0j) / (0 + 1j), 1 / 1j, 1j / 1j, (1 + 2j) / 2.0, (-4 + 0j) / (-2 + 0j))
for x, y in [(1 + 1j, 0j), (1j, 0), (1j, 0.0), (0j, 0j), (1, 0j), (1.5, 0j)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
inf = float("inf")
print(complex(inf, 0) * 2, complex(inf, 0) + 1j, complex(inf, inf) * 0)
print(complex(1e308, 0) * 10, complex(1e308, 1e308) + complex(1e308, 1e308))
try:
    (1 + 1j) + 10**400
except OverflowError as e:
    print("OverflowError", e)
for z in [1 + 2j, -1j, 0j, complex(3, -0.0)]:
    print(z.conjugate(), z * z.conjugate(), abs(z), z.real * 2, z == z.conjugate())
s = 0j
for k in range(1, 6):
    s += complex(k, -k) / k
print(s)
z = 1 + 1j
z *= 2
z -= 1j
z /= 2
z += True
print(z, type(z).__name__)
try:
    "a" + 1j
except TypeError as e:
    print("TypeError", e)
try:
    1j + None
except TypeError as e:
    print("TypeError", e)
print(complex.__add__(1j, 1), complex.__add__(1j, "x"), complex.__radd__(1j, 2), complex.__rtruediv__(1j, 1), complex.__mul__(2j, 1.5))
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 10), 1j * 1j, 1j ** 2, (1j * 1j).real)
