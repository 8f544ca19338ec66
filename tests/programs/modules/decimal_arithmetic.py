# Decimal arithmetic: operators with Decimals and ints, rounding in every mode, powers,
# quantize, to_integral, normalize, fma and the float rules.
from decimal import *
import decimal

D = Decimal


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a, b = D('7.25'), D('-2.5')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 1 + a, a - 3, 3 - a, a * 2, 2 * a, a / 4, 4 / a, a // 2, 2 // b, a % 2, 10 % a)
print(divmod(D(-7), 4), divmod(7, D(-4)), D(-7) // 4, D(-7) % 4, D(7) % D('-0.3'))
print(D(1) / 3, D(2) / 3, D(1) / 7 * 7, D('1.00') / D('0.01'), D(100) / D('1E+2'))
print(D('0.1') + D('0.2'), D('1.30') + D('1.20'), D('1.3') * D('1.2'), D('12.50') - D('2.5'))
print(D('1e100') + D('1e-100'), D('1E+30') - 1, D('123456789012345678901234567890') + 0)
print(D(10) ** 2, D('1.1') ** 3, D(2) ** 100, D(2) ** -2, D('0.5') ** -3, D(-2) ** 3, D(-2) ** -3)
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D('1.21') ** D('0.5'), D(10) ** D('-1.5'), D(8) ** D('1') / 3)
print(D(0) ** 3, D(0) ** -1, D('-0') ** 3, D('Inf') ** -2, D('-Inf') ** 3, D(1) ** D('Inf'), D('0.5') ** D('Inf'))
print(pow(D(3), 4, 7), pow(D(-3), 3, 7), pow(D(2), D(10), D(1000)), pow(D(12), 0, 5))
show(lambda: pow(D(2), -1, 5))
show(lambda: pow(D('2.5'), 2, 5))
show(lambda: D(0) ** 0)
show(lambda: D(-2) ** D('0.5'))
show(lambda: D(10) ** 1000000)
show(lambda: D(10) ** -1000000000)
show(lambda: D(1) / 0)
show(lambda: D(-1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(5) // 0)
show(lambda: D(5) % 0)
show(lambda: D(0) % 0)
show(lambda: divmod(D(5), 0))
show(lambda: D('1e30') // 3)
show(lambda: D('1e30') % 3)
show(lambda: D('Inf') - D('Inf'))
show(lambda: D('Inf') * 0)
show(lambda: D('Inf') % 2)
show(lambda: D('sNaN') + 1)
print(D('NaN') + 1, D('NaN7') * D('sNaN9') if False else D('-NaN3') - 1, D(1) / D('Inf'), D('Inf') / 2)

# operands that are not Decimal or int
for other in [1.5, 'x', [1], None, 2j]:
    for op in ['+', '-', '*', '/', '//', '%', '**']:
        try:
            eval('D(1) %s other' % op)
        except TypeError as e:
            print(op, e)
    try:
        other + D(1)
    except TypeError as e:
        print('r+', e)
show(lambda: divmod(D(1), 1.5))
show(lambda: pow(D(2), 3, 1.5))

# rounding modes
values = ['2.5', '-2.5', '1.15', '-1.15', '1.25', '0.05', '-0.05', '9.99', '0.5', '1.0']
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
          ROUND_HALF_DOWN, ROUND_05UP]:
    out = []
    for v in values:
        out.append(str(D(v).quantize(D('0.1'), rounding=r)))
        out.append(str(D(v).to_integral_value(rounding=r)))
    with localcontext(prec=3, rounding=r):
        out.append(str(D(2) / 3))
        out.append(str(D(-2) / 3))
        out.append(str(D('12345')))
        out.append(str(+D('12345')))
        out.append(str(D('-12355') + 0))
        out.append(str(D('1.5') - D('1.5')))
        out.append(str(D(7) ** 5))
    print(r, ' '.join(out))

# quantize
for v, q in [('1.41421356', '1.000'), ('123.456', '1E+1'), ('-0.5', '1'), ('7', '0.01'),
             ('1E+10', '1E-10'), ('0', '1E+5'), ('Inf', 'Inf'), ('1', 'Inf'), ('NaN', '1')]:
    show(lambda: D(v).quantize(D(q)))
show(lambda: D('123.456').quantize(D('1E-30')))
show(lambda: D('1.5').quantize(1))
show(lambda: D('1.5').quantize(1.0))
show(lambda: D('1.5').quantize(D('0.1'), rounding='UP'))
show(lambda: D('1.55').quantize(D('0.1'), ROUND_UP))
show(lambda: D('1.55').quantize(D('0.1'), context=Context(rounding=ROUND_DOWN)))
show(lambda: D('1.55').quantize(D('0.1'), context=5))
print(D('1.05').same_quantum(D('2.10')), D('1.05').same_quantum(D('2.1')), D('Inf').same_quantum(D('-Inf')), D('NaN').same_quantum(D('sNaN')))

# integral values
for v in ['2.5', '-3.5', '7.000', '1E+3', '-0.4', '0.000', 'Inf', 'NaN']:
    d = D(v)
    print(v, d.to_integral_value(), d.to_integral(), d.to_integral_exact(), d.to_integral_value(ROUND_CEILING))
show(lambda: D('sNaN').to_integral_value())
c = Context()
print(c.to_integral_exact(D('2.5')), c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(c.to_integral_exact(D('2.0')), c.flags[Inexact], c.flags[Rounded])

# normalize, plus, minus
for v in ['120.00', '-0.000', '1E+3', '0.0100', 'Inf', '1234567890123456789012345678901', '1E+999999']:
    print(v, D(v).normalize(), +D(v), -D(v), abs(-D(v)))
print(Context(prec=3, clamp=1, Emax=5).normalize(D('1000')), Context(Emax=3, prec=2).normalize(D('100')))
with localcontext(rounding=ROUND_FLOOR):
    print(-D(0), D(0) - D(0), D(1) - D(1), -D('-0'), abs(D('-0')))
print(-D(0), D(0) - D(0), D('-0') + D('-0'), D('-0') - D(0))

# fma
print(D(2).fma(3, 5), D('1.5').fma(D('1.5'), D('-2.25')), D(10).fma(D('1e-30'), 1))
print(Context(prec=3).fma(D('1.11'), D('1.11'), D('-1.23')))
show(lambda: D('Inf').fma(0, 1))
show(lambda: D(2).fma(1.5, 1))
show(lambda: D(2).fma(3, 'x'))

# large and tiny numbers
show(lambda: D('9.999999999999999999999999999E+999999') * 10)
with localcontext(traps=[]) as ctx:
    print(D('9.999999999999999999999999999E+999999') * 10, D('1E-999999') / 10 ** 30, ctx.flags[Overflow], ctx.flags[Underflow], ctx.flags[Subnormal], ctx.flags[Clamped])
    print(D('1e-1000020') * D('1.5'), D('1E-1000026') / 2, D('1E-1000026') / 3 * 4)
show(lambda: D('9.999999999999999999999999999E+999999') * 10)
with localcontext(Emin=-5, Emax=5, prec=3, traps=[]) as ctx:
    for v in ['1E+5', '9.99E+5', '9.995E+5', '1E-5', '1E-7', '1.234E-6', '5E-8', '4E-8', '0E-20', '0E+20']:
        print(v, +D(v), repr(ctx))
        ctx.clear_flags()
