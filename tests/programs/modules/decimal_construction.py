# Decimal construction: strings (syntax, whitespace, underscores, specials, payloads), int,
# float, tuple/list and Decimal; str/repr/to_eng_string and as_tuple.
from decimal import Decimal, getcontext, Context, DecimalTuple, InvalidOperation
import decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '1', '+1', '-1.50', '1.', '.5', '-.25e3', '1e10', '1E-10', '1e+10',
          '123.456e-2', '  7.25\n', '\t-3 ', '1_000', '1_000.000_1', '1__0', '_1', '1_',
          'Inf', 'inf', '-Infinity', 'iNfInItY', 'NaN', '-nan', 'NaN123', 'sNaN', '-sNaN0012',
          'nan0', '\u0661\u0662\u0663', '\u0661.\u0665', '0.000', '0e+5', '00012.3400',
          '1e999999999999999999', '9' * 40, '1.' + '0' * 30]:
    show(lambda: Decimal(s))

for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '--1', '+-1', '1e+', '1 2', 'Infinit',
          'Infinityx', 'NaNx', 'sNaN1.5', '0x10', '1e1.5', '.', '1e99999999999999999999999',
          '1\x00', '\u00bd']:
    show(lambda: Decimal(s))

for v in [0, -0, 7, -123456789012345678901234567890, 10 ** 30, True]:
    show(lambda: Decimal(v))

for f in [0.1, -0.0, 0.0, 1.5, -2.75, 1e300, 5e-324, float('inf'), float('-inf'),
          1 / 3, 123456789.0]:
    show(lambda: Decimal(f))
show(lambda: Decimal(float('nan')))
show(lambda: Decimal.from_float(0.25))
show(lambda: Decimal.from_float(7))
show(lambda: Decimal.from_float('x'))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (4, 5), 'F'), (0, (1, 2), 'n'),
          (1, (3,), 'N'), [0, [1, 2], 1], (0, (0, 0, 1), 3)]:
    show(lambda: Decimal(t))
for t in [(0, (1, 2)), (2, (1,), 0), (0, (1, 12), 0), (0, (1,), 1.5), (0, (1,), 'x'),
          (0, 'abc', 0), (-1, (1,), 0)]:
    show(lambda: Decimal(t))

d = Decimal('3.14')
print(Decimal(d) is d, Decimal(Decimal('-0.00')))
show(lambda: Decimal(b'1'))
show(lambda: Decimal(1 + 2j))
show(lambda: Decimal(None))
show(lambda: Decimal('1', 5))
show(lambda: Decimal())
show(lambda: Decimal('1.5', Context(prec=1)))

# str, repr and engineering notation
for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-5', '-1.23E-10', '0.000001', '0.0000001',
          '1E+1', '0E+2', '0E-7', '-0E+1', '0.00', '1E+6', '12E+6', '123E+6', '1234E+6',
          '0.1E-3', '5E-10', '0E+4', '0E+5', '0E-8', '1.000E+30', '-Inf', 'NaN5', '-sNaN']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())

print(getcontext().capitals)
c = Context(capitals=0)
print(c.to_sci_string(Decimal('1E+10')), c.to_eng_string(Decimal('1E+10')),
      Decimal('1E+10').to_eng_string(c))

for s in ['-3.14', '0', 'Inf', '-NaN', 'NaN42', 'sNaN', '1E+3', '-0.000']:
    t = Decimal(s).as_tuple()
    print(t, t.sign, t.digits, t.exponent, str(Decimal(t)) == str(Decimal(s)))
print(DecimalTuple, DecimalTuple(0, (1,), 2))

# create_decimal rounds and signals; it takes no whitespace or underscores
c = Context(prec=5)
for v in ['3.14159265', ' 1', '1_0', '1234567', 'NaN123456', 1234567, 3.14159265,
          Decimal('9.9999999'), (0, (1, 2, 3, 4, 5, 6), 0)]:
    try:
        print(repr(c.create_decimal(v)))
    except Exception as e:
        print(type(e).__name__, e)
print(c.flags[decimal.Rounded], c.flags[decimal.Inexact], c.flags[decimal.FloatOperation])
print(repr(c.create_decimal_from_float(0.1)), repr(c.create_decimal()))
show(lambda: c.create_decimal_from_float('1'))

# subclasses
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, repr(m), type(MyDec.from_float(0.5)).__name__, m + 1, type(m + 1).__name__)
print(Decimal.__name__, Decimal.__module__, Decimal.__qualname__)
try:
    Decimal.foo = 1
except TypeError as e:
    print('TypeError', e)
try:
    Decimal('1').foo = 1
except AttributeError as e:
    print('AttributeError', e)
