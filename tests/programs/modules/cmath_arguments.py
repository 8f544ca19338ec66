# How cmath takes its arguments: complex, float, int, bool and objects with __complex__,
# __float__ or __index__; the TypeErrors and messages of wrong types and argument counts;
# isclose's tolerances.
import cmath


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 'not complex'


class BadFloat:
    def __float__(self):
        return 1


class CF(float):
    def __complex__(self):
        return 5j


class Sub(complex):
    pass


for arg in [C(), F(), I(), CF(2.0), Sub(1, 1), 50, True, 0.5, 1 + 1j]:
    print(type(arg).__name__, cmath.sqrt(arg), cmath.exp(arg), cmath.phase(arg), cmath.isfinite(arg))
print(cmath.sqrt(2 ** 60), cmath.log(2 ** 1000), cmath.polar(2 ** 60))


def attempt(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)


for src in ['cmath.sqrt("1")', 'cmath.sqrt(None)', 'cmath.sqrt(Bad())', 'cmath.sqrt(BadFloat())',
            'cmath.sqrt(10 ** 400)', 'cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt(z=1)',
            'cmath.phase()', 'cmath.polar(1, 2)', 'cmath.isnan("x")', 'cmath.exp([1])',
            'cmath.log()', 'cmath.log(1, 2, 3)', 'cmath.log(1, "x")', 'cmath.log("x")', 'cmath.log(1, base=2)',
            'cmath.rect(1)', 'cmath.rect(1, 2, 3)', 'cmath.rect("a", 1)', 'cmath.rect(1, 1j)', 'cmath.rect(I(), F())',
            'cmath.isclose(1)', 'cmath.isclose(1, 2, 3)', 'cmath.isclose(1, 2, foo=1)', 'cmath.isclose(1, 1, rel_tol=-1)',
            'cmath.isclose(1, 1, abs_tol=-1)', 'cmath.isclose(1, 2, rel_tol="x")', 'cmath.isclose(a=1, b=1)',
            'cmath.isclose(1, b=1.0000000001)', 'cmath.isclose(1 + 1j, 1 + 1.000000001j)',
            'cmath.isclose(1j, 1.1j, rel_tol=0.1)', 'cmath.isclose(1j, 1.1j, rel_tol=0.05)',
            'cmath.isclose(0, 1e-10)', 'cmath.isclose(0, 1e-10, abs_tol=1e-9)', 'cmath.isclose(cmath.inf, cmath.inf)',
            'cmath.isclose(cmath.infj, cmath.infj)', 'cmath.isclose(cmath.inf, -cmath.inf)', 'cmath.isclose(cmath.nan, cmath.nan)',
            'cmath.isclose(1e308 + 1e308j, 1e308 + 1e308j)', 'cmath.isclose(C(), 1 + 2j)',
            'cmath.acos.__name__', 'cmath.isclose.__name__', 'type(cmath.sqrt).__name__', 'cmath.__name__',
            'cmath.sqrt(-1)', 'cmath.sqrt(-1.0) == 1j', 'cmath.exp(1j * cmath.pi)']:
    attempt(src)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
