# unicodedata.name and unicodedata.lookup: table names, computed names (Hangul syllables, CJK
# unified ideographs), aliases, named sequences, case, bytes, and the errors.
import unicodedata

for c in ['A', ' ', '\x00', '\x7f', '\xa0', '\xe9', '\u0301', '\u20ac', '\u2603', '\uac00', '\ud7a3', '\u4e00',
          '\u9fff', '\U00020000', '\U0002a6df', '\U00031350', '\uf900', '\ufa70', '\U0002f800', '\U00018b00',
          '\U0001b170', '\U0001f600', '\U0001f9d1', '\ufeff', '\U000e0041', '\ufe00', '\U000e01ef']:
    print(ascii(c), unicodedata.name(c, None))

# Characters without a name.
for c in ['\x1f', '\u0378', '\ud800', '\ue000', '\U000f0000', '\U0010ffff', '\U000f0001']:
    print(ascii(c), unicodedata.name(c, '-'))
    try:
        unicodedata.name(c)
    except ValueError as e:
        print(type(e).__name__, e)

# Every name of some blocks round-trips through lookup.
count = 0
for cp in list(range(0x20, 0x2000)) + list(range(0xac00, 0xac80)) + list(range(0x1f300, 0x1f400)):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        assert unicodedata.lookup(n) == chr(cp), n
        if not n.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')):
            assert unicodedata.lookup(n.lower()) == chr(cp), n
        count += 1
print('round trips', count)

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN', 'EURO SIGN',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GAGG', 'HANGUL SYLLABLE HIH', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK COMPATIBILITY IDEOGRAPH-F900',
             'cjk compatibility ideograph-f900', 'TANGUT COMPONENT-001', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
             # aliases
             'BYTE ORDER MARK', 'LINE FEED', 'lf', 'NULL', 'LATIN CAPITAL LETTER GHA', 'VS1',
             'ZERO WIDTH NO-BREAK SPACE',
             # named sequences
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'latin small letter r with fishhook and middle tilde',
             'KEYCAP DIGIT ZERO', 'TAMIL SYLLABLE KSSA', 'BENGALI LETTER KHINYA']:
    try:
        print(repr(name), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)

print(ascii(unicodedata.lookup(b'SNOWMAN')), ascii(unicodedata.lookup(b'latin capital letter a with macron and grave')))

for name in ['', 'x', 'NOT A CHARACTER NAME', 'hangul syllable ga', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAX',
             'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK UNIFIED IDEOGRAPH-E000',
             'CJK UNIFIED IDEOGRAPH-123456', 'LATIN SMALL LETTER \xe9', ' LATIN SMALL LETTER A',
             'LATIN SMALL LETTER A\x00B', 'A' * 256, 'A' * 257, '\xe9' * 128, '\xe9' * 129,
             b'LATIN SMALL LETTER \xc3\xa9', b'\xff\xfe', b'NOPE']:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(type(e).__name__, ascii(str(e)))

for bad in [(), (1,), (None,), (bytearray(b'SNOWMAN'),), (memoryview(b'SNOWMAN'),), ('a', 'b'), ('\ud800',)]:
    try:
        unicodedata.lookup(*bad)
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    unicodedata.lookup(name='SNOWMAN')
except TypeError as e:
    print(type(e).__name__, e)

for bad in [(), ('ab',), ('',), (1,), (None,), ('a', 'b', 'c')]:
    try:
        unicodedata.name(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    unicodedata.name(chr='a')
except TypeError as e:
    print(type(e).__name__, e)
print(unicodedata.name('a', 'default'), unicodedata.name('\x01', 'default'))
