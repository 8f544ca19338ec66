# Comparisons and hashes of Decimals against Decimals, ints, floats, Fractions and complex;
# the FloatOperation flag; conversions to int and float, round(), math.floor/ceil/trunc.
from decimal import *
from fractions import Fraction
import math
import operator

D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


others = [D('1.5'), D('1.50'), D(2), 1, 2, -1, 0, 1.5, 0.1, -0.0, float('inf'), Fraction(3, 2),
          Fraction(1, 3), Fraction(-7, 2), 10 ** 30, 1.5 + 0j, 2j, 'x', None]
for a in [D('1.5'), D('-3.5'), D(0), D('1E+30'), D('Inf'), D('-Inf'), D('0.1')]:
    for b in others:
        row = []
        for op in [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge]:
            try:
                row.append(str(op(a, b)))
            except TypeError as e:
                row.append('TypeError')
        print(repr(a), repr(b), ' '.join(row))
print(getcontext().flags[FloatOperation])

# NaNs: equality is False, ordering signals InvalidOperation
for a, b in [(D('NaN'), 1), (1, D('NaN')), (D('NaN'), D('NaN')), (D('sNaN'), 1), (D('NaN'), float('nan'))]:
    show(lambda: a == b)
    show(lambda: a != b)
    show(lambda: a < b)
with localcontext(traps=[]) as ctx:
    print(D('NaN') < 1, D('NaN') >= D(1), D('sNaN') == 1, ctx.flags[InvalidOperation])
print(sorted([D(3), 1, D('-2.5'), 2.25, Fraction(7, 3), D('0.1')]), max(D(1), 2), min(D('1.0'), D(1)))

# hashes agree with int, float and Fraction
for v in ['1', '1.0', '1.000', '-1', '0', '-0', '0.5', '2.5', '1E+2', '100', '0.1', '1E-30',
          '123456789012345678901234567890', 'Inf', '-Inf', '1.25', '-7.5', '1E+1000']:
    d = D(v)
    checks = [hash(d) == hash(float(d)) if d == float(d) else None,
              hash(d) == hash(Fraction(d)) if d.is_finite() else None,
              hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else None]
    print(v, hash(d), checks)
print(len({D('1'), D('1.0'), 1, 1.0, Fraction(1)}), {D('0.5'): 'a'}[0.5], D('2') in {2: 1})
show(lambda: hash(D('sNaN')))
print(hash(D('NaN')) == hash(D('NaN')) or True)

# conversions
for v in ['1.5', '-1.5', '2.5', '-2.5', '0.5', '7', '-0.0001', '1E+20', '123.456', '-0']:
    d = D(v)
    print(v, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d), math.trunc(d), bool(d), complex(d))
for v in ['NaN', '-Inf', 'sNaN', 'Inf']:
    for f in [int, float, round, math.floor, math.ceil, math.trunc, lambda x: round(x, 2), lambda x: x.as_integer_ratio()]:
        show(lambda: f(D(v)))
show(lambda: round(D('1.5'), 1.5))
show(lambda: round(D('1.23456789'), 30))
print(float(D('1E-400')), float(D('1E+400')), float(D('-NaN')), float(D('0.1')) == 0.1)
with localcontext(rounding=ROUND_DOWN):
    print(round(D('2.567'), 2), round(D('2.5')), int(D('-2.9')))
