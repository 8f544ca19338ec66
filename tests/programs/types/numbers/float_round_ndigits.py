# round() for floats and ints: ndigits positive, negative, None, halfway cases.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 0.49999999999999994, 4.5000000001, -0.0, 1e16 + 1, 2.0**53]:
    r = round(x)
    print(x, r, type(r).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (-1.25, 1), (12345.6789, -2), (15.0, -1),
             (25.0, -1), (-25.0, -1), (1.5, 0), (2.5, 0), (-0.4, 0), (123.456, 10), (1e300, -300), (5e-324, 323), (5e-324, 400),
             (1e20, -20), (5e19, -20), (1.0, -400), (-1.0, 400), (0.1, 1), (1234.5, -5), (0.0, -1)]:
    r = round(x, n)
    print(x, n, repr(r), type(r).__name__)
for v in [float("inf"), float("-inf"), float("nan")]:
    for args in [(), (None,), (2,), (-2,)]:
        try:
            print(v, args, round(v, *args))
        except (ValueError, OverflowError) as e:
            print(v, args, type(e).__name__, e)
for x, n in [(12345, -2), (12350, -2), (12250, -2), (-12350, -2), (5, -1), (15, -1), (25, -1), (-5, -1), (7, 3), (10**30 + 5 * 10**10, -11),
             (10**30 + 5 * 10**10, -10), (0, -5), (True, 0), (True, -1)]:
    r = round(x, n)
    print(x, n, r, type(r).__name__)
for args in [(1.5, 1.0), (1, "2"), (1.5, 2**70)]:
    try:
        print(round(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.5, None), round(1.4999, -2**70), round(1.5, 2**70))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class MyFloat(float):
    pass
r = round(MyFloat(2.5))
print(r, type(r).__name__, type(round(MyFloat(2.567), 2)).__name__)
print(round(number=3.14159, ndigits=3))
try:
    round()
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, 1, 2)
except TypeError as e:
    print("TypeError", e)
print(round(0.5 + 1e-16), round(-0.5 - 1e-16), round(1e-7, 7), round(8.325, 2), round(0.285, 2), round(0.045, 2))
