# float methods: is_integer, as_integer_ratio, conjugate etc.
for v in [1.0, 1.5, -2.0, 0.1, 1e300, 0.0, -0.0, 2.5e-3, 1 / 3]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate())
for v in [float('inf'), float('nan')]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
print(float.__name__, type(1.0) is float, isinstance(1.0, (int, float)))
print((2.5).__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(),
      (2.5).__ceil__(), (-2.5).__ceil__())
print(int(2.9999999999999996), int(-1e-300), 1e308 * 10, -1e308 * 10)
print(float('inf') - float('inf'), float('inf') * 0, float('inf') / float('inf'))
print(0.0 == -0.0, float('nan') == float('nan'), float('nan') != float('nan'))
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan is nan, (nan,) == (nan,))
x = float('nan')
y = float('nan')
print([x] == [y], x < 1, x > 1, x == x)
print(max(1.0, 2.0, 0.5), min(-0.0, 0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0, 1e-9]))
print(abs(-2.5), abs(-0.0), abs(float('-inf')))
print(1.0 / 3 * 3 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(2.0 ** 0.5, 2 ** 0.5 * 2 ** 0.5, (-8.0) ** 2, 8.0 ** (1 / 3))
print(1e308 + 1e308, -(1e308 + 1e308), 1e-320, 1e-320 / 10, 5e-324 / 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    (-8.0) ** 0.5
    print("complex result", (-8.0) ** 0.5)
except ValueError as e:
    print("ValueError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(1.5), hash(0.5), hash(2.0), hash(-1.0), hash(1e100), hash(float('inf')), hash(-0.0))
print(hash(0.1), hash(1e-10), hash(123456.789))
