# cmath's functions on ordinary values: every function, in each quadrant, near the branch
# cuts and where the algorithms switch formulas (|z| near 1, huge and tiny parts).
import cmath

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -0.3 + 0.4j, 2 - 3j, -2.5 - 0.1j, 3 + 4j,
          0.71 + 0.0j, 1.2 + 0.9j, 0.6 - 0.8j, 1e-8 + 1e-8j, 1e-200 - 3e-200j, 5e-320 + 1e-310j,
          1e10 + 1e10j, -1e300 + 1e300j, 1.5e308 - 1e308j, 25 + 0.5j, -700 + 2j, 710 - 1j,
          complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0), complex(0.0, 3), complex(-0.0, -3),
          complex(1.0, 1e-20), complex(0.5, 2.0), complex(-1e-5, 1.0), 7, -4.5, True]
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']
for name in names:
    f = getattr(cmath, name)
    print(name)
    for z in values:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = f'{type(e).__name__}: {e}'
        print('  ', repr(z), '->', repr(r))

print('phase', [cmath.phase(z) for z in values])
for z in values:
    try:
        print('polar', repr(z), cmath.polar(z))
    except OverflowError as e:
        print('polar', repr(z), type(e).__name__, e)
for r, phi in [(1, 0), (2, cmath.pi / 2), (3, -cmath.pi), (0.5, 1.0), (-2, 0.25), (1e308, 0.75), (0.0, 2.0), (-0.0, -0.0), (1, -0.0)]:
    print('rect', r, phi, cmath.rect(r, phi))
for z, base in [(8, 2), (100, 10), (1j, 1j), (2 + 3j, 1 - 1j), (0.5, 0.25), (-8, 2), (1e-320, 3), (3, 1e-320)]:
    print('log', z, base, cmath.log(z, base))

# Round trips and identities print with repr so every bit shows.
for z in [0.3 + 0.7j, -2 + 0.5j, 4 - 4j]:
    print(repr(cmath.exp(cmath.log(z))), repr(cmath.sqrt(z) ** 2), repr(cmath.sin(cmath.asin(z))))
    print(repr(cmath.rect(*cmath.polar(z))), repr(cmath.tan(z)), repr(cmath.tanh(z)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, repr(-cmath.infj), cmath.nanj.real, cmath.nanj.imag)
print(abs(0.3 + 0.5j), abs(3 + 4j), abs(1e308 + 1e308j) if False else abs(1e200 + 1e200j), (0.3 + 0.5j) ** 0.5)
