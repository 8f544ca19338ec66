# fractions.Fraction (construction from ints, strs, floats; arithmetic mixed with int/float/complex; comparisons,
# hashing, rounding, limit_denominator, format specs, errors) and the numbers tower.
from fractions import Fraction
import math
import numbers
F = Fraction
print(F(3, 4), repr(F(6, -8)), F(5), F(), F('3/4'), F(' -1.25e-2 '), F('1_000/3'), F('.5'), F('2.'), F(0.1), F(F(1, 3), F(2, 3)), F(2.5))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(3, 4), F(3, 4) / F(3, 8), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(2, 3)), F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3)
print(F(1, 2) + 0.25, 0.5 + F(1, 4), F(1, 2) * 1j, F(4, 9) ** F(1, 2), 2 ** F(1, 2), 2 ** F(2), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1) == 1, F(3, 2) > 1)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234, 1), -2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), bool(F(0)), abs(F(-3, 4)), -F(1, 2), +F(1, 2))
print(F(math.pi).limit_denominator(1000), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(10), F(0.1).limit_denominator())
print(F(3, 4).as_integer_ratio(), F(4, 2).is_integer(), F.from_float(0.75), F(10, 4).numerator, F(10, 4).denominator, isinstance(F(1, 2), numbers.Rational), isinstance(F(1), numbers.Integral))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 5)]), sum(F(1, n) for n in range(1, 6)), max(F(1, 3), F(2, 7)))
for spec in ['', '#', '#>8', '>10', '<10', '^11', '+', ' ', '_', ',', '010', 'f', '.2f', '10.3f', 'e', '.3e', 'E', 'g', '.3g', '%', '.1%', '+.2f', ',.2f', 'z.1f', '#g', '=+12.3f', '*^15.4f']:
    for x in (F(1, 3), F(-1234567, 100), F(0), F(1, 100000)):
        try:
            print(repr(spec), format(x, spec))
        except ValueError as e:
            print(repr(spec), 'ValueError', e)
for bad in ['F(1, 0)', "F('abc')", "F('1/0')", 'F(1.5, 2)', "F('1 /')", 'F(object())', "F('inf')", 'F(float("nan"))', 'F(1, 2) ** 0.5j', 'F(0) ** -1', 'F(1, 3).limit_denominator(0)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
print(isinstance(3, numbers.Integral), isinstance(True, numbers.Number), isinstance(2.5, numbers.Real), isinstance(2.5, numbers.Rational),
      isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), issubclass(int, numbers.Complex), isinstance('x', numbers.Number))
print(numbers.Number.__hash__, sorted(numbers.Real.__abstractmethods__)[:5], issubclass(Fraction, numbers.Real))
