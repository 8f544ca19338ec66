# unicodedata's per-character properties: category, bidirectional, combining, east_asian_width,
# mirrored, decomposition, decimal, digit, numeric; defaults and errors.
import unicodedata

print(unicodedata.unidata_version)

SAMPLES = [
    'A', 'z', '0', '9', ' ', '\t', '\n', '\x00', '\x7f', '\xa0', '\xaa', '\xb2', '\xbc', '\xbd', '\xc0', '\xe9',
    '\u0130', '\u01c5', '\u02b0', '\u0300', '\u0301', '\u0327', '\u0345', '\u0378', '\u05d0', '\u0627', '\u0660',
    '\u06f5', '\u0966', '\u0e50', '\u1100', '\u1369', '\u2028', '\u2029', '\u2070', '\u2155', '\u2160', '\u216c',
    '\u2181', '\u2460', '\u24ea', '\u2f00', '\u3000', '\u3007', '\u3042', '\u4e00', '\u4e94', '\u5341', '\u96f6',
    '\uac00', '\ud55c', '\ud800', '\udfff', '\ue000', '\uf900', '\ufb01', '\ufdfa', '\ufe30', '\ufeff', '\uff10',
    '\uff21', '\uff76', '\ufffd', '\uffff', '\U00010107', '\U0001012a', '\U000104a0', '\U0001d7ce', '\U0001d7ff',
    '\U0001f10c', '\U0001f600', '\U0001fbf9', '\U00020000', '\U0002f800', '\U0003134a', '\U000e0001', '\U000e0100',
    '\U000f0000', '\U0010fffd', '\U0010ffff', '(', ')', '[', '\u2208', '\u00ab', '\u0f3a',
]

for c in SAMPLES:
    print(ascii(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)), unicodedata.combining(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))

# Summaries over whole ranges, so that every table is exercised.
from collections import Counter
for lo, hi in [(0, 0x800), (0x2000, 0x2400), (0x3000, 0x3400), (0xa000, 0xa800), (0x1f000, 0x1f800)]:
    cats = Counter(unicodedata.category(chr(cp)) for cp in range(lo, hi))
    bidi = Counter(unicodedata.bidirectional(chr(cp)) for cp in range(lo, hi))
    eaw = Counter(unicodedata.east_asian_width(chr(cp)) for cp in range(lo, hi))
    comb = sum(unicodedata.combining(chr(cp)) for cp in range(lo, hi))
    mirr = sum(unicodedata.mirrored(chr(cp)) for cp in range(lo, hi))
    dec = sum(1 for cp in range(lo, hi) if unicodedata.decomposition(chr(cp)))
    num = sum(unicodedata.numeric(chr(cp), 0) for cp in range(lo, hi))
    print(hex(lo), sorted(cats.items()), sorted(bidi.items()), sorted(eaw.items()), comb, mirr, dec, num)

# Results' types.
print(type(unicodedata.numeric('5')), type(unicodedata.decimal('5')), type(unicodedata.digit('\xb2')),
      type(unicodedata.combining('a')), type(unicodedata.mirrored('(')))
print(unicodedata.numeric('\u2153'), unicodedata.numeric('\u0f33'), unicodedata.numeric('\U00016b61'),
      unicodedata.numeric('\u4e07'), unicodedata.numeric('\u5146'), unicodedata.numeric('\U0001ec9d'))

# Defaults and ValueErrors.
print(unicodedata.decimal('a', 'none'), unicodedata.digit('a', -1), unicodedata.numeric('a', None))
print(unicodedata.decimal('\xb2', 'not decimal'), unicodedata.digit('\u2155', 'not digit'))
for fn, c in [(unicodedata.decimal, 'a'), (unicodedata.decimal, '\xb2'), (unicodedata.digit, 'x'),
              (unicodedata.digit, '\u2155'), (unicodedata.numeric, 'x'), (unicodedata.numeric, '\ud800')]:
    try:
        print(fn(c))
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)

# Arguments that are not one character, wrong counts, keywords.
class Text(str):
    pass

print(unicodedata.category(Text('a')), unicodedata.numeric(Text('7')))
for name in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition',
             'decimal', 'digit', 'numeric']:
    fn = getattr(unicodedata, name)
    for bad in [(), ('ab',), ('',), (1,), (b'a',), (None,), ('a', 'b', 'c'), ('\U0001f600\U0001f600',)]:
        try:
            print(name, fn(*bad))
        except TypeError as e:
            print(name, type(e).__name__, e)
    try:
        fn(chr='a')
    except TypeError as e:
        print(name, type(e).__name__, e)
print(unicodedata.decomposition('\U0001f600'), unicodedata.category('\U0001f600'))
