# complex division near overflow/underflow and with infinities, and complex abs (hypot).
cases = [(1 + 1j, 1e-320 + 1e-320j), (1e300 + 1e300j, 1e-300 + 1e-300j), (1e-300 + 1e-300j, 1e300 + 1e300j), (1e308 + 1e308j, 1e308 + 1e308j),
         (3 + 4j, 1e-310j), (1 + 2j, 3e200 + 4e200j), (5 + 7j, 2.5 - 1.5j), (1j, 1e-320), (complex(1, 2), complex(0.5, 0)), (2j, -0.0 + 1j)]
for a, b in cases:
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
inf, nan = float("inf"), float("nan")
for a, b in [(complex(inf, 0), 1 + 1j), (1 + 1j, complex(inf, 0)), (complex(inf, inf), complex(inf, inf)), (complex(nan, 0), 1j), (1, complex(0, inf)),
             (complex(inf, 1), complex(1, 0))]:
    print(repr(a), repr(b), repr(a / b))
for z in [3 + 4j, 1e300 + 1e300j, 1e-320 + 1e-320j, complex(5e-324, 5e-324), -1e308 - 1e308j, complex(0, -7), complex(3e154, 4e154), 1.1 + 2.2j]:
    try:
        print(repr(z), repr(abs(z)))
    except OverflowError as e:
        print(repr(z), "OverflowError", e)
print(repr((1 + 2j) * (3 + 4j)), repr((1e200 + 1e200j) * (1e200 - 1e200j)), repr((1e-200 + 1e-200j) * (1e-200 + 1e-200j)), repr(1j * inf))
print(repr(complex(2, 3) / 2), repr(complex(2, 3) / 2.0), repr(6 / (1 + 1j)), repr(6.0 / complex(3, 0)), repr(complex(1, 1) / complex(1, 1)))
