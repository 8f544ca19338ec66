# Result types and values of binary operators across bool, int, float and complex.
samples = [True, 3, -2, 2**70, 1.5, -0.25, 2 + 1j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b if b != 2**70 else a ** 3)]
for a in samples:
    for b in samples:
        row = []
        for name, f in ops:
            try:
                r = f(a, b)
                row.append("%s:%s" % (type(r).__name__[0], r if not isinstance(r, float) else repr(r)))
            except Exception as e:
                row.append("%s:%s" % (name, type(e).__name__))
        print(repr(a), repr(b), " ".join(row) if len(" ".join(row)) < 400 else len(" ".join(row)))
for a in samples:
    print(repr(a), type(-a).__name__, type(+a).__name__, type(abs(a)).__name__, a == a, bool(a))
for a in [True, 3, 2**70]:
    for b in [True, 3, -5, 2**70]:
        print(a, b, a & b, a | b, a ^ b, a << (b % 8), a >> (b % 8))
