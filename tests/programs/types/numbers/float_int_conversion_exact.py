# Conversions between float and int are exact: int(float), float(int), as_integer_ratio round trips.
vals = [0.5, 1.5, -2.75, 1e15 + 0.5, 2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, -(2.0 ** 64), 1e22, 1e23, 1.7976931348623157e308, 123456789.987654321]
for x in vals:
    n = int(x)
    num, den = x.as_integer_ratio()
    print(repr(x), n, num, den, num / den == x, float(n) == float(int(x)), n == x, int(x) == x.__trunc__())
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971, int(2.0 ** 1000) == 2 ** 1000, int(-0.9999999999999999), int(0.9999999999999999))
for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 12 - 1, 10 ** 17 + 1, -(2 ** 53 + 1)]:
    f = float(n)
    print(n, repr(f), int(f) - n, f == n, f < n, f > n)
for num, den in [(1, 3), (2, 3), (1, 10), (10 ** 30, 3), (1, 2 ** 60), (2 ** 60 + 1, 2 ** 60), (-7, 2 ** 1074), (5, 2 ** 1076)]:
    x = num / den
    print(num, den, repr(x), x.as_integer_ratio())
for x in [0.1, 0.2, 0.3, 1 / 3, 5e-324, 2.2250738585072014e-308, 1e-300, 3.0, -0.0]:
    num, den = x.as_integer_ratio()
    print(repr(x), num.bit_length(), den.bit_length(), num * 2 ** 1100 // den == int(x * 2 ** 100 * 2 ** 1000) if abs(x) < 1e100 else "")
print(float.as_integer_ratio(2.5), int.as_integer_ratio(-6), True.as_integer_ratio(), (0.0).as_integer_ratio(), (-0.0).as_integer_ratio())
