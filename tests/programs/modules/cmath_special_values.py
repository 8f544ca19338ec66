# cmath at infinities, NaNs and signed zeros: C99 Annex G's special values (each function's
# table), the signs of zero results, and the math domain / range errors CPython raises.
import cmath

inf = float('inf')
nan = float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}({e})'


for name in names:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        print('  ', ' '.join(show(f, complex(re, im)) for im in parts))

print('rect')
for r in parts:
    print('  ', ' '.join(show(cmath.rect, r, phi) for phi in parts))
print('polar', [show(cmath.polar, complex(re, im)) for re in parts for im in (-inf, 1.0, nan)])
print('phase', [show(cmath.phase, complex(re, im)) for re in parts for im in (-inf, -0.0, 0.0, nan)])
print('isfinite', [cmath.isfinite(complex(re, im)) for re in parts for im in (1.0, inf, nan)])
print('isinf', [cmath.isinf(complex(re, im)) for re in parts for im in (1.0, inf, nan)])
print('isnan', [cmath.isnan(complex(re, im)) for re in parts for im in (1.0, inf, nan)])

# Errors: domain errors at the poles, range errors where the result overflows.
for expr in ['cmath.log(0)', 'cmath.log(0j)', 'cmath.log10(-0.0)', 'cmath.atanh(1)', 'cmath.atanh(-1)',
             'cmath.atanh(complex(1, -0.0))', 'cmath.exp(1000)', 'cmath.exp(complex(710, 1))',
             'cmath.cosh(complex(800, 0.5))', 'cmath.sinh(complex(-800, 2))', 'cmath.cos(complex(2, 800))',
             'cmath.sin(complex(1, -800))', 'cmath.exp(complex(1, inf))', 'cmath.tanh(complex(1, inf))',
             'cmath.tan(complex(inf, 1))', 'cmath.rect(1, inf)', 'cmath.rect(0, inf)', 'cmath.rect(nan, inf)',
             'cmath.polar(complex(1e308, 1e308))', 'cmath.phase(complex(1e10, 5e-324))',
             'cmath.log(2, 1)', 'cmath.log(0, 2)', 'cmath.log(2, 0)', 'cmath.log(inf, 0)',
             'cmath.exp(complex(709, 1))', 'cmath.exp(complex(710, 0))', 'cmath.cosh(710)', 'cmath.cosh(711)']:
    try:
        print(expr, '=', repr(eval(expr)))
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)

# Signs of zeros survive where the formulas keep them.
for z in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]:
    print(repr(z), [repr(getattr(cmath, n)(z)) for n in ['sqrt', 'asin', 'atan', 'asinh', 'sin', 'tan', 'sinh', 'tanh', 'exp']])
