# Floor division and modulo with every sign combination, ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (6, -3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)

big = 10**30 + 7
for a, b in [(big, 13), (-big, 13), (big, -13), (-big, -13), (big, big - 1), (-big, 3**40)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (5, 0.5), (-1e-300, 1.0), (1e-300, -1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))

# Signed zeros in float modulo results follow the divisor's sign.
print(6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0, -6.0 % -3.0)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0))

inf = float("inf")
nan = float("nan")
for a, b in [(1.0, inf), (-1.0, inf), (1.0, -inf), (-1.0, -inf), (inf, 1.0), (nan, 1.0), (1.0, nan)]:
    try:
        print(a, b, a // b, a % b)
    except Exception as e:
        print(type(e).__name__, e)

for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-0.0, 0.0), (10**40, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print("ok", r)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)

# True division
for a, b in [(1, 3), (-1, 3), (10**30, 10**15), (2**1100, 2**1000), (1, 2**1100), (-(2**1100), 2**1099)]:
    print(a / b if abs(a) < 10**40 else repr(a / b))
try:
    print(2**1100 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(10**400 // 10**399, 10**400 % 7, -(10**400) // 7 % 10**5)
print((10**400 + 1) / 10**400, 3 / 10**400)
