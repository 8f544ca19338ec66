# Decimal's mathematical and inspection methods: sqrt, exp, ln, log10, logb, scaleb, next_*,
# compare*, max/min, copy_*, number_class, is_*, adjusted, logical operations, shift, rotate.
from decimal import *

D = Decimal


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in ['2', '4', '0.04', '400', '4E+3', '1E-10', '0', '-0', '0E+3', '2.25', '16.0000', '10', 'Inf', '0.5']:
    print(v, D(v).sqrt(), Context(prec=5).sqrt(D(v)))
show(lambda: D(-1).sqrt())
show(lambda: D('-Inf').sqrt())

for v in ['1', '0', '-1', '2.5', '-10', '100', '1E-30', '-1E-30', '230', '-230', 'Inf', '-Inf', '2302585', '-2400000']:
    show(lambda: D(v).exp())
for v in ['1', '2', '10', '0.5', '1E-10', '1.0000000001', '0.99', '1E+100', '123.456', 'Inf', '0', '1.000']:
    show(lambda: (D(v).ln(), D(v).log10()))
show(lambda: D(-1).ln())
show(lambda: D(-2).log10())
for v in ['1000', '0.001', '1E+50', '100.0', '0.010', '1']:
    show(lambda: D(v).log10())
c = Context(prec=6, rounding=ROUND_DOWN)
print(c.exp(1), c.ln(10), c.log10(7), c.sqrt(3), c.power(7, D('0.3')))
print(D(1).exp(Context(prec=50)), D(2).ln(Context(prec=60)))

for v in ['250', '0.03', '1', '-7E+5', '0', 'Inf', 'NaN']:
    show(lambda: (D(v).logb(), D(v).adjusted()))
show(lambda: D(0).logb())
print(D('7.5').scaleb(3), D('7.5').scaleb(-3), D('Inf').scaleb(2), Context(Emax=5, traps=[]).scaleb(D(1), 10))
show(lambda: D(1).scaleb(D('1.5')))
show(lambda: D(1).scaleb(D('2.0')))

for v in ['1', '0', '-1', '1E-999999', '9.999999999999999999999999999E+999999', 'Inf', '-Inf']:
    show(lambda: (D(v).next_plus(), D(v).next_minus()))
print(D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D(0).next_toward(D('-0')), D(-1).next_toward(D('-Inf')))
c = Context(prec=3, Emin=-5, Emax=5, traps=[])
print(c.next_toward(D('1E-7'), 0), c.flags[Underflow], c.next_toward(D('9.99E+5'), D('Inf')), c.flags[Overflow])
c.traps[Overflow] = True
show(lambda: c.next_toward(D('9.99E+5'), D('Inf')))

pairs = [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('NaN', '1'), ('1', 'sNaN'), ('Inf', '1E+999'), ('-Inf', '-2'), ('2.50', '2.5')]
for x, y in pairs:
    a, b = D(x), D(y)
    show(lambda: (a.compare(b), a.compare_total(b), a.compare_total_mag(b), a.max(b), a.min(b), a.max_mag(b), a.min_mag(b)))
    show(lambda: a.compare_signal(b))
order = sorted([D(v) for v in ['1', '-1', '1.0', '-0', '0', 'NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0.00', '-sNaN2', 'NaN1', '2E+1', '20']], key=lambda d: (d.compare_total(D(0)), str(d)))
print(order)
import functools
print(sorted([D(v) for v in ['1', '-1', '1.0', '-0', '0', 'NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0.00', '-sNaN2', 'NaN1', '2E+1', '20', '1.00', '-1.0']],
             key=functools.cmp_to_key(lambda p, q: int(p.compare_total(q)))))
print(D(1).max(D('NaN')), D('NaN').min(5), D(3).max_mag(-4), D(3).min_mag(-3), D(-3).max_mag(3))
print(D(-5).copy_abs(), D(5).copy_negate(), D(5).copy_sign(D('-0')), D('-NaN').copy_abs(), D(3).copy_sign(-1))
show(lambda: D(3).copy_sign(1.5))

for v in ['1', '-1', '0', '-0', '1E-999999', '1E-1000000', '-1E-1000020', 'Inf', '-Inf', 'NaN', 'sNaN', '-NaN']:
    d = D(v)
    print(v, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_finite(), d.is_infinite(),
          d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_canonical(), d.adjusted(), d.canonical())
c = Context(Emin=-2)
print(D('0.001').is_normal(c), D('0.001').is_subnormal(c), D('0.001').number_class(c), c.number_class(D('0.01')))
print(D(1).radix(), D(5).conjugate(), D(5).real, D(5).imag, D('1.50').as_integer_ratio(), D('-0.125').as_integer_ratio(), D('1E+3').as_integer_ratio())

# logical operations
print(D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010')), D('101').logical_invert())
print(Context(prec=5).logical_invert(D('101')), D('1' * 30).logical_and(D(1)), D('0').logical_or(D('0')))
for bad in ['2', '-1', '1.0', '1E+1', 'NaN']:
    show(lambda: D(bad).logical_and(D('1')))
print(D(12345).shift(2), D(12345).shift(-2), D(12345).rotate(2), D(12345).rotate(-2), D('123.45').shift(1))
print(Context(prec=5).rotate(D(12345), 1), Context(prec=5).shift(D(12345), 3), D('Inf').shift(1), D('Inf').rotate(-3))
show(lambda: D(1).shift(29))
show(lambda: D(1).rotate(D('1.5')))
show(lambda: D('NaN').shift(1))
show(lambda: D('sNaN').rotate(1))
print(D(5).remainder_near(3), D(7).remainder_near(3), D(-7).remainder_near(3), D('10.2').remainder_near(1), D(6).remainder_near(4), D(10).remainder_near(4))
show(lambda: D(1).remainder_near(0))
show(lambda: D('1e40').remainder_near(7))
