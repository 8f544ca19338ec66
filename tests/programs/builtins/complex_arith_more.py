# More complex number behaviour
zs = [0j, 1 + 0j, 1j, -1j, 3 + 4j, -2.5 + 0.5j, complex(1e-300, 1e300), complex(-0.0, -0.0)]
for z in zs:
    print(repr(z), str(z), abs(z), z.conjugate(), -z, z * 1j, z == z.conjugate(), hash(z) == hash(z.conjugate()))
a, b = 2 + 3j, 1 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** b, b ** 0.5, 2 ** a, (1j) ** (1j))
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 1 / a, a - True, a == 2 + 3.0j, a != b)
print(complex(3), complex(3.5), complex("3"), complex("3.5j"), complex("-3.5-1.25j"), complex(" ( 1+1j ) "), complex("1e3+1e-3j"), complex("inf+nanj"), complex("-infj"))
print(complex(1, 2).real, complex(1, 2).imag, (1 + 2j).real.__class__.__name__, complex(real=5, imag=-1), complex(imag=2))
print(complex(1 + 1j, 1 + 1j), complex(1j, 1j), complex(0, 1j))
print(format(1 + 2j), format(1 + 2j, ">12"), format(1.5 - 2.5j, "+.2f"), format(1e10 + 1e-10j, "g"), format(-0j, ""), format(3j, ".1e"))
print("%s %r" % (1 + 1j, 2 - 2j), f"{1j:^10}|", f"{complex(1, 1)!r}", str(1e16 + 1j), str(1.5e-7j), repr(complex(1, -0.0)))
print(sum([1 + 1j, 2 - 1j, 0.5]), [x * x for x in (1j, 1 + 1j, 2j)], sorted([3 + 0j, 1 + 0j], key=abs))
for bad in [lambda: a < b, lambda: abs(complex(1e308, 1e308)), lambda: complex("1", "2"), lambda: complex(1j, "x"), lambda: float(a), lambda: round(a), lambda: a % 2]:
    try:
        print(bad())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(1j, complex), issubclass(complex, object), complex.__name__, (1j).__class__ is complex, bool(0j), bool(1e-300j))
roots = [complex(round(v.real, 12), round(v.imag, 12)) for v in ((1j) ** (k / 2) for k in range(8))]
print(roots)
print(complex(2, 3) * complex(2, -3), (1 + 2j) / (3 - 4j), abs(3 - 4j) ** 2 == (3 - 4j) * (3 + 4j))
print([round(abs(complex(k, k + 1)), 6) for k in range(5)], max([1 + 1j, 3j, -2], key=abs))
