# Decimal as programs use it: money with quantize, interest, sums and statistics, sorting,
# dictionaries, numbers ABCs, star imports, subclasses and the module's names.
import decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext, getcontext
import numbers
import statistics
from fractions import Fraction

CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.25'), Decimal('0.10'), Decimal('100'), Decimal('3.333')]
subtotal = sum(prices)
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, (subtotal + tax).quantize(CENT))
print(sum(prices, Decimal('0.00')), sum([Decimal('0.1')] * 10) == 1, sum([0.1] * 10) == 1)

# split a bill, then the remainder cents
total = Decimal('100.00')
share = (total / 3).quantize(CENT, rounding=decimal.ROUND_DOWN)
print(share, total - share * 3, [str(share + (CENT if i < (total - share * 3) / CENT else 0)) for i in range(3)])

# compound interest
balance = Decimal('1000.00')
for year in range(1, 6):
    balance = (balance * (1 + Decimal('0.05'))).quantize(CENT, ROUND_HALF_EVEN)
    print(year, balance)
with localcontext() as ctx:
    ctx.prec = 50
    print((1 + Decimal(1) / 365) ** 365, Decimal(1).exp())

# statistics with Decimals
data = [Decimal('1.5'), Decimal('2.25'), Decimal('3'), Decimal('4.75'), Decimal('10')]
print(statistics.mean(data), statistics.median(data), max(data), min(data), sorted(data, reverse=True))
print(statistics.fmean([float(d) for d in data]))

# as keys, in sets, mixing with int and Fraction
table = {Decimal('1.0'): 'one', Decimal(2): 'two'}
print(table[1], table[Decimal('2.000')], Decimal('1.0') in {1}, Fraction(Decimal('0.75')), Fraction(3, 4) == Decimal('0.75'))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), isinstance(Decimal(1), numbers.Rational))
print(Decimal('1.1').as_integer_ratio(), Fraction(*Decimal('-2.5').as_integer_ratio()), Fraction(Decimal('1E+2')))
print(int(Decimal('12.7')), float(Decimal('0.1')), '%s %r %.3f %d %e' % (Decimal('1.5'), Decimal('2'), Decimal('1.23456'), Decimal('7.9'), Decimal('12345.678')))
print(str(Decimal('3.0') * 2), Decimal('1E+2') + 0, Decimal('7.50').normalize(), Decimal('100').normalize(), Decimal('0.000').normalize())
print(Decimal(10) ** -2, Decimal('2') ** 10, Decimal('1.10') * Decimal('3'), Decimal('10') / Decimal('4'), Decimal(1) / Decimal(8))

# subclass with extra behaviour
class Money(Decimal):
    def __new__(cls, value='0', currency='USD'):
        self = super().__new__(cls, value)
        self.currency = currency
        return self

    def __repr__(self):
        return 'Money(%s %s)' % (self.currency, Decimal.__str__(self))

m = Money('12.50', 'EUR')
print(repr(m), m.currency, m + 1, type(m + 1).__name__, isinstance(m, Decimal), m == Decimal('12.5'), hash(m) == hash(Decimal('12.5')))

names = sorted(n for n in dir(decimal) if not n.startswith('_'))
print(names)
print(decimal.__version__, decimal.__libmpdec_version__, decimal.Decimal.__module__, decimal.Context.__name__)
ns = {}
exec('from decimal import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
print(sorted(n for n in dir(Decimal) if not n.startswith('_')))
