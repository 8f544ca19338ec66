# int() and float() read str with Unicode digits, whitespace and underscores
for s in ['42', ' 42 ', '\t-7\n', '+3', '٤٢', '۱۲۳', '४२', '１２３', '𝟏𝟐', '1_000', '0x_1f', ' \u3000 5 \u2003', '\x1c9\x1f',
          '\x85 12 \xa0', '0', '00', '-0', '1__0', '_1', '1_', '', ' ', '1 2', '١_٢', '٣.٥', '+-1', '²', '0b101', '1e3']:
    for base in [10, 0]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, 'ValueError', e)
for s in ['1.5', ' -2.25e1 ', '٣.١٤', '１.５', 'inf', '-Infinity', ' nan ', 'NaN', '1_000.5', '1e1_0', '.5', '5.', '1.2.3', '\u20071.0',
          '+.e1', 'infinity_', '0x1p3', '١e٢', '1\u00a0']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, base in [('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('ff', 16), ('0xff', 16), ('0o17', 8), ('0b11', 2), ('７', 8), ('٩', 9),
                ('10', 1), ('10', 37), ('10', -1), ('0', 0), ('010', 0), ('0_0', 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, 'ValueError', e)
print(int('٣') + int('3'), float('٣.٥') * 2)
long_digits = '٩' * 30
print(int(long_digits), int(long_digits) == int('9' * 30))
print(str(12345).zfill(8), str(-5).rjust(4, '0'), repr(str(1.0)), '{}'.format(10 ** 20))
for bad in ['12a', 'a12', '', '\x00']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
