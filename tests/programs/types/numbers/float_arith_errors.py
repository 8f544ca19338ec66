# Float arithmetic: ZeroDivisionError and OverflowError messages, inf/nan propagation.
ops = [("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod), ("**", lambda a, b: a ** b)]
for a, b in [(1.0, 0.0), (0.0, 0.0), (1, 0.0), (1.0, 0), (-1.0, -0.0), (float("inf"), 0.0), (float("nan"), 0.0)]:
    for name, f in ops:
        try:
            print(name, a, b, f(a, b))
        except ZeroDivisionError as e:
            print(name, a, b, "ZeroDivisionError", e)
for a, b in [(10.0, 400), (1e308, 2), (-1e308, 3), (2.0, 1024), (2.0, 1023.5), (1e-308, -2), (-10.0, 309), (0.5, -1075), (1.0001, 10**10)]:
    try:
        print(a, b, a ** b)
    except OverflowError as e:
        print(a, b, "OverflowError", e)
for a, b in [(1e308, 1e308), (-1e308, 1e308)]:
    print(a * b, a + a, a - a * 10)
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, inf / inf, 0 * nan, nan == nan, nan != nan, inf == inf, -inf < inf)
print(inf + 1, inf * -1, 1 / inf, -1 / inf, inf % 5 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
try:
    print(inf % 5)
except Exception as e:
    print(type(e).__name__, e)
for a, b in [(-8.0, 1/3), (-1.0, 0.5), (-2.0, 2.5)]:
    r = a ** b
    print(a, b, type(r).__name__, r)
print(pow(-1.0, inf), pow(-1.0, -inf), pow(0.5, inf), pow(2.0, -inf), pow(inf, 0), pow(nan, 0), pow(1.0, nan), pow(-inf, 3), pow(-inf, 2), pow(-inf, -3))
print(pow(-0.0, 3), pow(-0.0, -2.0) if False else "x", pow(0.0, 0.5), pow(-0.0, 0.5), pow(-0.0, 2), pow(0.0, inf))
try:
    pow(-0.0, -3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2.0, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
try:
    1.0 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    -"x"
except TypeError as e:
    print("TypeError", e)
try:
    1.5 @ 2.0
except TypeError as e:
    print("TypeError", e)
try:
    1.5 << 1
except TypeError as e:
    print("TypeError", e)
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 4
x //= 0.25
x %= 3
x **= 2
print(x, 7.0 // 2, -7.0 // 2, 7 // 2.0, 1e300 * 10 // 1, 0.1 + 0.7, 3.0 * 1.1)
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    1.0 * 10 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 / 10 ** 399, 10 ** 400 // 1.0 if False else "skip", (10 ** 400) < float("inf"))
