# ascii() escapes every non-ASCII character of repr()
for v in ['abc', 'é', 'Ω', '€', '😀', '\x00', '\x7f', '\x80', '\xff', '\u0100', '\uffff', '\U00010000', "'é'",
          ['é', 'x'], {'é': 'ü'}, ('😀',), 1, 2.5, None, b'\xe9', '\u2028']:
    print(ascii(v), repr(v) == ascii(v))

class C:
    def __repr__(self):
        return 'C(é, 😀, \x01)'
print(ascii(C()), ascii([C()]))
print('%a' % C(), '{!a}'.format(C()), f'{C()!a}')

class Bad:
    def __repr__(self):
        return 1
try:
    ascii(Bad())
except Exception as e:
    print(type(e).__name__, e)
try:
    repr(Bad())
except Exception as e:
    print(type(e).__name__, e)
try:
    ascii()
except Exception as e:
    print(type(e).__name__, e)
try:
    ascii(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(ascii(''), ascii('\\'), ascii('\t\n\r'), ascii('\x1b'))
print(len(ascii('\U0001f600')), len(ascii('\xe9')), len(ascii('\u20ac')))
print(ascii('\ud83d'), ascii('\udca0abc'))
print(ascii(chr(0x10ffff)), ascii(chr(0xe0000)))
