# format() of Decimals: every presentation type, precision, sign, z, #, zero padding,
# width, alignment, fill and thousands separators; specials; invalid specs.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP, Context

values = ['1234.5678', '-0.00001234', '1E+5', '0E+3', '-0', '123456789', '1.5E-7', '0.000',
          '1E-7', '100', '9.995', '-9.995', '0.5', '2.5', '1234567.891', 'NaN123', '-Inf', 'sNaN']
specs = ['', '.2', '.0', 'e', '.3e', '.0e', 'E', 'f', '.2f', '.0f', 'F', 'g', '.3g', '.0g', 'G',
         '.4G', '%', '.1%', '.0%', 'n', ',', ',.2f', '>15', '<15', '^15', '=15', '*^20,.3f',
         '015,.2f', '+', ' ', '-', 'z.1f', 'z', '#', '#.0f', '#.0e', '10', '010', '.10g', ',g',
         '+015.3e', '-^+12.2%', 'x>12', '0<12', '012,', '=+12,.1f', ',e', '.30f', ',.0f']
for v in values:
    d = Decimal(v)
    print(v, ' | '.join(format(d, s) for s in specs))

print('{:>10.3f}|{:<+8}|{:^9.2e}|{:,}'.format(Decimal('3.14159'), Decimal(7), Decimal('-12345.678'), Decimal('-1234567.5')))
print(f"{Decimal('1.005'):.2f} {Decimal('2.675'):.2f} {Decimal('-0.5'):.0f} {Decimal('12'):08.3f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('9.999'), '.2f'), format(Decimal('-9.999'), '.1e'), format(Decimal('1.999'), '.2g'))
with localcontext(rounding=ROUND_HALF_UP, capitals=0):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('1E+10'), ''), format(Decimal('1.5E+10'), '.2'), str(Decimal('1E+10')))

for bad in ['=010', '<+08.2f', '*^010', '_', ',_', 'x', '.2d', 'd', 's', '.', '10.f', '=', '<<', '.2,f', 'n,', ',n', '0x', 'bz']:
    try:
        print(repr(format(Decimal('1.5'), bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    Decimal(1).__format__(5)
except Exception as e:
    print(type(e).__name__, e)
