# unicodedata.normalize and is_normalized in the four forms: decomposition (canonical and
# compatibility), canonical ordering, composition (with blocking, exclusions, Hangul), what is
# returned unchanged, and the errors.
import unicodedata

FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD']

def show(s):
    return ' '.join('%04X' % ord(c) for c in s)

SAMPLES = [
    'abc', '', '\xe9', 'e\u0301', '\xc5', 'A\u030a', '\u212b', '\u2126', '\u1e9b\u0323', '\u1e0b\u0323',
    'q\u0307\u0323', '\u0044\u0307\u0323', 'a\u0301\u0323', 'a\u0323\u0301', '\u00c7\u0301', 'C\u0301\u0327',
    '\ufb01', '\xbd', '\u2460', '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01', '\ud55c\uae00',
    '\u1100\u1100\u1161', '\u1161\u11a8', '\u0344', '\u0f73', '\u0958', '\u2adc', '\U0001d15e', '\U0001d160',
    '\u0cc0', '\u0cbf\u0cd5', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e', '\u304b\u3099', '\uff76\uff9e',
    '\ufdfa', '\u3300', '\U0002f800', '\uf900', 'A\u0300\u0300', 'A\u05b0\u0300', 'A\u0300\u05b0',
    '\u1e69', 's\u0323\u0307', 's\u0307\u0323', '\u00a8\u0301', '\u1fee', '\u0385', '\u03d3', '\u1ff3\u0301',
    '\u0345\u03c9\u0342', 'x\u0338\u0338', '\u226e', '<\u0338', '\u0041\u0308\u0301\u0327', '\U0001f600',
    '\ud800\u0301', '\u05d0\u05b7\u05bc', '\ufb2c', '\u05e9\u05bc\u05c1', '\u0627\u0653', '\u0622',
    'ﬀ', '\u2000', '\u00a0x', '\u3000', '\u1e9e\u0301', '\u0130', '\u0149', '\u01c4\u0301',
]

for s in SAMPLES:
    print(repr(s), '|', ' | '.join(show(unicodedata.normalize(f, s)) for f in FORMS),
          [unicodedata.is_normalized(f, s) for f in FORMS])

# Normalizing is idempotent and the forms relate as they should.
for s in SAMPLES:
    for f in FORMS:
        n = unicodedata.normalize(f, s)
        assert unicodedata.normalize(f, n) == n, (f, s)
        assert unicodedata.is_normalized(f, n), (f, s)
    assert unicodedata.normalize('NFC', unicodedata.normalize('NFD', s)) == unicodedata.normalize('NFC', s)
print('idempotent')

# Whole blocks.
for lo, hi in [(0xc0, 0x250), (0x1e00, 0x2000), (0x3040, 0x3100), (0xf900, 0xfb50), (0xfb50, 0xfe00)]:
    text = ''.join(chr(cp) for cp in range(lo, hi))
    print(hex(lo), [len(unicodedata.normalize(f, text)) for f in FORMS],
          [sum(map(ord, unicodedata.normalize(f, text))) for f in FORMS],
          [unicodedata.is_normalized(f, text) for f in FORMS])

# What is already normalized (by the quick check) comes back as the same object.
class Text(str):
    pass

for s in ['plain ascii', '\xe9t\xe9', 'e\u0301', '\u1100\u1161', Text('abc'), Text('\xe9'), Text('e\u0301'), Text('')]:
    print(repr(s), [type(unicodedata.normalize(f, s)).__name__ for f in FORMS],
          [unicodedata.normalize(f, s) is s for f in FORMS])
print(unicodedata.normalize(Text('NFC'), 'e\u0301'))

# Errors.
for args in [('NFX', 'a'), ('nfc', 'a'), ('NFC ', 'a'), ('NFX', ''), (1, 'a'), ('NFC', 1), ('NFC', b'a'),
             (None, 'a'), ('NFC',), (), ('NFC', 'a', 'b')]:
    for fn in [unicodedata.normalize, unicodedata.is_normalized]:
        try:
            print(fn.__name__, repr(fn(*args)))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
for fn in [unicodedata.normalize, unicodedata.is_normalized]:
    try:
        fn(form='NFC', unistr='a')
    except TypeError as e:
        print(type(e).__name__, e)
