# Mixed arithmetic between bool, int, float, complex
values = [True, 3, -2, 2.5, -0.5, 1 + 2j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b)]
for a in values:
    for b in values:
        row = []
        for name, fn in ops:
            try:
                r = fn(a, b)
                row.append("%s:%s" % (type(r).__name__[0], r))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, type(7 // 2.0).__name__, True // 1, False % 3)
print(1 + 1.0 == 2, type(1 + 1.0).__name__, 2 * 0.5 == 1, (1 + 0j) == 1.0, 3 * True)
print(int.__add__(1, 2.0), float.__radd__(1.0, 2), (2).__rpow__(3), (2.0).__rtruediv__(1))
print((7).__truediv__(2), (7).__floordiv__(2.0), (7.5).__floordiv__(2), (2).__pow__(-1), (2).__pow__(3, 5))
print(abs(-True), -True, +True, ~False, True * 1.5, True / True, type(True / True).__name__, True ** 10)
print(1 + 1j == 1 + 1.0j, (1 + 0j) == True, 2 ** 0.5 == 2 ** (1 / 2), 4 ** 0.5, type(4 ** 0.5).__name__)
print([type(x).__name__ for x in (1 // 1, 1.0 // 1, 1 % 1.0, divmod(1, 1.0)[0], pow(2, 2), pow(2, -2), pow(2.0, 2))])
