# The math module's functions of one real argument: values, special values and domain errors.
import math

inputs = [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, 700.0, -0.1, -0.5, -1.0, -2.5, -30.0,
          float('inf'), float('-inf'), float('nan'), 1, -3, 10**20, True]
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'fabs', 'degrees', 'radians', 'erf', 'erfc', 'gamma', 'lgamma']
for name in names:
    f = getattr(math, name)
    row = []
    for x in inputs:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(f'{type(e).__name__}({e})')
    print(name, ' '.join(row))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.cbrt(27), math.cbrt(-8), math.cbrt(1000), math.log(1000, 10), math.log10(1000), math.log2(1024))
print(math.log(10**400), math.log(2**1100, 2), math.log10(10**500), math.log2(2**2000 + 1))
print(math.exp(1), math.exp(-745), math.exp(709), math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.atan2(1, 1), math.atan2(-0.0, -1.0), math.atan2(0.0, -0.0), math.atan2(math.inf, -math.inf))
print([math.sin(k / 7) for k in range(-10, 11, 3)])
print([math.gamma(k / 2) for k in range(1, 12)])
print([math.lgamma(k / 3) for k in range(-7, 20, 4) if k % 3])


class Half:
    def __float__(self):
        return 0.5


class Three:
    def __index__(self):
        return 3


print(math.sqrt(Half()), math.exp(Three()), math.log(Three()))
for bad in ['1.0', None, [1], 1j]:
    try:
        math.sqrt(bad)
    except TypeError as e:
        print('TypeError', e)
