# Contexts: attributes and their checks, repr, flags and traps, templates, getcontext,
# setcontext, localcontext, the signals' hierarchy and messages, and the context methods.
import decimal
from decimal import *
import copy

D = Decimal


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context, Decimal, type(getcontext()), type(getcontext().flags).__name__)

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls, cls.__mro__[1:])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(ConversionSyntax, ArithmeticError))

c = Context(prec=10, rounding=ROUND_UP, Emin=-20, Emax=20, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop(), c.radix())
print(c.flags)
print(c.traps[DivisionByZero], c.flags[Inexact], len(c.flags), list(c.traps)[:3])
c.prec = 12
c.rounding = ROUND_FLOOR
c.Emax = 99
c.Emin = -99
c.capitals = 1
c.clamp = 0
c.traps[Inexact] = True
c.flags[Rounded] = 1
print(c)
c.clear_flags()
c.clear_traps()
print(c)
c.traps = {s: s in (Overflow, Underflow) for s in c.traps}
c.flags = dict.fromkeys(c.flags, False)
print(c, c.flags == dict.fromkeys(c.flags, False))
for name, value in [('prec', 0), ('prec', MAX_PREC + 1), ('prec', 'x'), ('prec', 2.0),
                    ('Emin', 1), ('Emax', -1), ('Emax', MAX_EMAX + 1), ('capitals', 2),
                    ('clamp', -1), ('rounding', 'UP'), ('rounding', 1), ('flags', 3),
                    ('traps', [Inexact]), ('traps', {Inexact: True}), ('foo', 1)]:
    try:
        setattr(c, name, value)
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
show(lambda: Context(traps=[Inexact, 3]))
show(lambda: Context(flags={}))
show(lambda: Context(prec=-5))
show(lambda: Context(5, ROUND_DOWN, -9, 9, 0, 1, [], []))
show(lambda: c.flags[ConversionSyntax])
show(lambda: c.traps['x'])
show(lambda: c.flags.__delitem__(Inexact))
print(c.flags.copy() == {s: False for s in c.flags}, Inexact in c.flags, ConversionSyntax in c.flags)

# copies and pickling
d = c.copy()
d.prec = 3
print(c.prec, d.prec, copy.copy(c).prec, copy.deepcopy(c).prec)
print(c.__reduce__())
print(D('-1.50').__reduce__(), copy.copy(D(3)), copy.deepcopy(D('NaN')))

# the current context
print(getcontext() is getcontext(), getcontext().prec)
old = getcontext()
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext())
setcontext(old)
print(getcontext() is old)
show(lambda: setcontext(3))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 3, ctx is getcontext(), ctx is old)
print(D(1) / 3)
with localcontext(prec=3, rounding=ROUND_DOWN, traps=[Inexact]) as ctx:
    print(ctx)
    show(lambda: D(2) / 3)
with localcontext(ExtendedContext) as ctx:
    print(D(1) / 0, D(0) / 0, ctx.flags[DivisionByZero], ctx is ExtendedContext)
with localcontext(Context(prec=4), Emax=10, flags=[Clamped]) as ctx:
    print(ctx)
for kw in [{'prec': 0}, {'prec': '5'}, {'foo': 1}, {'rounding': 'x'}, {'traps': [1]}, {'Emin': 5}]:
    try:
        with localcontext(**kw) as ctx:
            print('entered', kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
show(lambda: localcontext(5))
print(type(localcontext()).__name__)
print(getcontext())
DefaultContext.prec = 28

# traps raise the first trapped signal with the list of conditions
ctx = Context(traps=[Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, InvalidOperation, DivisionByZero])
for f in [lambda: ctx.divide(1, 3), lambda: ctx.multiply(D('9e999999'), 10),
          lambda: ctx.divide(D('1e-999999'), 10 ** 40), lambda: ctx.create_decimal('abc'),
          lambda: ctx.divide(0, 0), lambda: ctx.divide(5, 0), lambda: ctx.divide_int(D('1e40'), 3),
          lambda: ctx.add(D('1e-1000030'), 0), lambda: ctx.plus(D('0E-1000030')), lambda: ctx.quantize(1, D('1e-40')),
          lambda: ctx.create_decimal(1.5), lambda: ctx.power(2, D('0.5')), lambda: ctx.sqrt(-4)]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e, e.args)
print(ctx)
ctx.traps[FloatOperation] = True
show(lambda: ctx.create_decimal(1.5))
show(lambda: ctx.create_decimal_from_float(1.5))
with localcontext(traps=[FloatOperation]):
    show(lambda: D(1.5))
    show(lambda: D.from_float(1.5))
    show(lambda: D(1) < 1.5)
    show(lambda: D(1) == 1.5)
try:
    D('x')
except InvalidOperation as e:
    print(repr(e), e.args, isinstance(e, ArithmeticError))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print(repr(e))

# context methods
c = Context(prec=6)
for name in ['abs', 'minus', 'plus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus',
             'next_minus', 'to_integral_value', 'to_integral', 'to_integral_exact', 'number_class',
             'to_sci_string', 'to_eng_string', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan',
             'is_signed', 'is_zero', 'is_normal', 'is_subnormal', 'copy_abs', 'copy_negate', 'copy_decimal',
             'canonical', 'is_canonical', '_apply']:
    show(lambda: getattr(c, name)(D('-12.3456789')))
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
             'divmod', 'power', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max',
             'min', 'max_mag', 'min_mag', 'next_toward', 'quantize', 'same_quantum', 'copy_sign']:
    show(lambda: getattr(c, name)(D('12.3456789'), D('-2.5')))
    show(lambda: getattr(c, name)(7, 3))
print(c.power(3, 4, 5), c.power(a=2, b=10, modulo=1000), c.fma(2, 3, 4), c.scaleb(2, 3), c.shift(11, 1), c.rotate(11, -1))
print(c.logical_and(1101, 111), c.logical_or(1, 10), c.logical_xor(11, 10), c.logical_invert(10))
show(lambda: c.add(1.5, 1))
show(lambda: c.add('1', 1))
show(lambda: c.abs(None))
show(lambda: c.power(2, 3, 4, 5))
show(lambda: c.canonical(1))
print(c.flags)
