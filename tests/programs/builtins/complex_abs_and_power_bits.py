# abs() of a complex and complex ** use the C library's hypot, exp, log and atan2, whose last
# bits CPython prints: glibc's hypot and exp are not correctly rounded, and these values are
# ones where glibc's answer differs from the correctly rounded one.
pairs = [(0.3, 0.5), (0.6317475975025817, 0.6299768669999035), (1.8112865290172064, 1.100115381784551),
         (1.1833501635495518, 1.2662012618577578), (1.1012572234087301, 1.2622108456714467),
         (1.9740122397227895, 1.8788892775603394), (1.1360684772090162, 0.6641954936604655),
         (1e200, 1e200), (3e-320, 4e-320), (1e308, 1e308), (2.0, 1e-310)]
for a, b in pairs:
    z = complex(a, b)
    try:
        print(repr(abs(z)), repr(abs(-z.conjugate())))
    except OverflowError as e:
        print(type(e).__name__, e)
for z, w in [(1 + 2j, 0.5 + 0.25j), (0.3 + 0.5j, 1.5), (2 + 0j, 0.5j), (-1 + 0j, 0.5), (1.9741954830086286j, 1.7),
             (3 - 4j, -0.75 + 2j), (1e-3 + 1e-3j, 3.5)]:
    print(repr(z ** w))
