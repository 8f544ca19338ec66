# unicodedata.ucd_3_2_0 (the UCD object for Unicode 3.2.0, as IDNA and stringprep use it) and
# the UCD type: properties that changed since 3.2.0, characters it lacked, names, lookup,
# normalization, and the type's own behaviour.
import unicodedata

old = unicodedata.ucd_3_2_0
print(old.unidata_version, unicodedata.unidata_version, type(old).__name__, type(old).__module__)
print(type(old) is unicodedata.UCD, isinstance(old, unicodedata.UCD))

SAMPLES = ['A', '\u0221', '\u0237', '\u0370', '\u1369', '\u1372', '\u17f0', '\u2028', '\u20b0', '\u20b5',
           '\u2183', '\u2184', '\u2c00', '\u3007', '\u4e00', '\u9fa5', '\u9fa6', '\ufb1d', '\U00010000',
           '\U0001d7ce', '\U0001f600', '\U0002f868', '\U0002f874', '\U0002f91f', '\uf951', '\u0345', '\u0f0b',
           '\u00b5', '\u2160', '\u0660', '\u06f0', '\u2070', '\u2155', '\u3405', '\U00020000', '\ufe00']
for c in SAMPLES:
    for db in (unicodedata, old):
        print(ascii(c), db.unidata_version if db is old else 'now', db.name(c, None), db.category(c),
              repr(db.bidirectional(c)), db.combining(c), db.east_asian_width(c), db.mirrored(c),
              repr(db.decomposition(c)), db.decimal(c, None), db.digit(c, None), db.numeric(c, None))

# How many characters of some blocks 3.2.0 did not have.
for lo, hi in [(0, 0x1000), (0x1000, 0x3000), (0xa000, 0xb000), (0x10000, 0x11000), (0x1d000, 0x1e000)]:
    print(hex(lo), sum(1 for cp in range(lo, hi) if old.category(chr(cp)) == 'Cn'),
          sum(1 for cp in range(lo, hi) if unicodedata.category(chr(cp)) == 'Cn'))

for name in ['LATIN SMALL LETTER A', 'latin small letter dotless j', 'BYTE ORDER MARK', 'LINE FEED',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-9FA6',
             'SNOWMAN', 'GRINNING FACE', 'NO SUCH NAME']:
    try:
        print(repr(name), ascii(old.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)
for c in ['\u0237', '\U0001f600', '\x00']:
    try:
        old.name(c)
    except ValueError as e:
        print(ascii(c), type(e).__name__, e)
for fn, c in [(old.decimal, '\u1372'), (old.numeric, '\u2183'), (old.digit, 'x')]:
    try:
        fn(c)
    except ValueError as e:
        print(type(e).__name__, e)

def show(s):
    return ' '.join('%04X' % ord(c) for c in s)

for s in ['\U0002f868', '\U0002f874', '\U0002f91f', '\U0002f95f', '\U0002f9bf', '\uf951', '\u1e9b\u0323',
          '\u0221\u0301', 'e\u0301', '\uac00', '\u1100\u1161\u11a8', '\u0237\u0307', '\u1b05\u1b35', '\u2adc',
          '\U0001d15e', '\u0958', 'abc', '']:
    print(repr(s), [show(old.normalize(f, s)) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']],
          [old.is_normalized(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']])

# ucd_3_2_0.normalize never hands back its argument (except an empty string).
class Text(str):
    pass
print(type(old.normalize('NFC', Text('abc'))).__name__, type(old.normalize('NFC', Text(''))).__name__)

# Errors name the method as UCD's.
for call in [lambda: old.category(), lambda: old.category('ab'), lambda: old.category(c='a'),
             lambda: old.name(), lambda: old.name('ab'), lambda: old.lookup(), lambda: old.lookup(3),
             lambda: old.normalize('NFC'), lambda: old.normalize('NFZ', 'a'), lambda: old.decimal(1),
             lambda: unicodedata.UCD(), lambda: unicodedata.UCD.name(1, 'a'),
             lambda: setattr(old, 'unidata_version', '4.0'), lambda: setattr(old, 'other', 1)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(unicodedata.UCD.category(old, '\u0221'), unicodedata.UCD.name(old, 'a'))
