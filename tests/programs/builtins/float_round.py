# round() semantics: banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16, 2 ** 52 + 0.5]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (1.45, 1),
             (123.456, -1), (123.456, -2), (155.0, -1), (165.0, -1), (-155.0, -1), (3.14159, 3),
             (3.14159, 0), (1e20, -5), (0.5, 0), (1.5, 0), (2.5, 0), (-0.4, 0), (12345.6789, 10)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(float('inf'), 2), round(float('nan'), 1), round(-0.0), round(-0.0, 1))
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError", e)
print(round(7), round(7, None), round(-7, -1), round(15, -1), round(25, -1), round(35, -1))
print(round(123456789, -3), round(-123456789, -4), round(5, -1), round(50, -2), round(150, -2))
print(round(2 ** 70 + 12345, -3))
print(round(True), round(1.23456789e-5, 7), round(9.995, 2), round(0.285, 2))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
