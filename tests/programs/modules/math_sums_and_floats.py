# fsum, prod, sumprod, hypot, dist, and the functions that take floats apart or step through them.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, True]), math.fsum(x / 10 for x in range(1, 100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([2.0**53, 1.0, 2.0**-60]), math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([-0.0, -0.0]))
print(math.prod([]), math.prod(range(1, 11)), math.prod([0.5, 4, 3]), math.prod([2, 3], start=10), math.prod(['ab', 3]))
print(math.prod([[1], 2]), math.prod([], start='s'), math.prod(iter([1.5, 2])))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([1.5, 2], [2, 0.25]))
print(math.sumprod([10**30, 2], [3, 10**20]), math.sumprod([], []), math.sumprod([1e308, -1e308], [10, 10]))
print(math.sumprod((x / 3 for x in range(5)), [3, 3, 3, 3, 3]), math.sumprod([True, 2], [3, False]))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(*range(10)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(8.0), math.frexp(-0.1), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(-1.5, 1023))
print(math.ldexp(7, 2), math.ldexp(1.0, -10**30), math.ldexp(math.inf, -5), math.ldexp(0.0, 10**30))
print(math.modf(3.75), math.modf(-3.75), math.modf(-3.0), math.modf(math.inf), math.modf(-math.inf), math.modf(0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, float('-nan')), math.copysign(math.inf, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1), 7 % -3)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2))
print(math.remainder(3, math.inf), math.remainder(-0.0, 1), math.remainder(1e300, 3.7))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(0.0, -0.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=0))
print(math.nextafter(-5e-324, 1.0, steps=3), math.nextafter(1.0, 1.5, steps=10**30), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e200, 1e200, -math.inf))
print(math.fma(-0.0, 1, 0.0), math.fma(-0.0, 1, -0.0), math.fma(1, 1, -1), math.fma(1 + 2**-52, 1 - 2**-53, -1))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1), math.isnan(math.nan), math.isnan(3))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(math.nan, 0))
print(math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, -math.inf))
print(math.pow(-1, math.inf), math.pow(2, math.inf), math.pow(0.0, 3), math.pow(-0.0, 3), math.pow(10, -400))
for call in ['math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308, -1e308])', 'math.fsum(3)', 'math.fsum(["a"])',
             'math.prod()', 'math.prod([1], 2)', 'math.prod(["a", "b"])', 'math.sumprod([1], [1, 2])', 'math.sumprod([1], ["a"])',
             'math.hypot(1, "2")', 'math.hypot(x=1)', 'math.dist([1], [1, 2])', 'math.dist(1, 2)', 'math.dist([1])',
             'math.ldexp(1, 1.5)', 'math.ldexp(1.0, 10000)', 'math.ldexp("1", 1)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)',
             'math.remainder(1, 0)', 'math.remainder(math.inf, 2)', 'math.nextafter(1)', 'math.nextafter(1, 2, steps=-1)',
             'math.nextafter(1, 2, steps=1.0)', 'math.nextafter(1, 2, 3)', 'math.isclose(1)', 'math.isclose(1, 2, 3)',
             'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, abs_tol=-1)', 'math.isclose(1, 2, tol=1)',
             'math.fma(math.inf, 0, 1)', 'math.fma(1e308, 10, 0)', 'math.fma(1, 2)', 'math.pow(0, -1)', 'math.pow(-2, 0.5)',
             'math.pow(10, 400)', 'math.pow(1)', 'math.copysign(1)', 'math.atan2(1)', 'math.log()', 'math.log(1, 2, 3)',
             'math.log(1, 1)', 'math.log(0)', 'math.log(-10**400)', 'math.log(False)', 'math.log10(0)', 'math.log2(-1)',
             'math.log("e")', 'math.exp(1000)', 'math.sqrt(-1)', 'math.sqrt(10**400)', 'math.acosh(0.5)', 'math.atanh(1)',
             'math.cosh(1000)', 'math.gamma(0)', 'math.gamma(-2)', 'math.gamma(172)', 'math.lgamma(-1)', 'math.tan(math.inf)',
             'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.frexp()']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
