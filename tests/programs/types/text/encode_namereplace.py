# namereplace uses Unicode character names; round trips through decode
for s in ['é', '€', '😀', '½', 'Ω', '\u3000', 'ß', '\x80', '\ue000', '𝒳', 'ǅ']:
    print(repr(s), s.encode('ascii', 'namereplace'))
print('a€b'.encode('latin-1', 'namereplace'))
print('Grüße €'.encode('ascii', 'namereplace').decode('ascii'))
for s in ['café', '½ € 😀', 'x\xffy']:
    for enc in ['utf-8', 'latin-1']:
        try:
            b = s.encode(enc)
            print(enc, b, b.decode(enc) == s, str(b, enc) == s)
        except Exception as e:
            print(enc, type(e).__name__, e)
print('\N{EURO SIGN}', '\N{GREEK SMALL LETTER ALPHA}', '\N{grinning face}', '\N{LATIN SMALL LETTER SHARP S}')
print('\N{EM SPACE}' == '\u2003', len('\N{MATHEMATICAL SCRIPT CAPITAL X}'))

# namereplace falls back to \x, \u, \U escapes for characters without a name
for s in ['\x00', '\x1f', '\x7f', '\x9f', '\ud800', '\U000e0001', '\U0010fffd', '\uffff', '\u0378']:
    print(ascii(s), s.encode('ascii', 'namereplace'))
print('A\u0301'.encode('ascii', 'namereplace'), 'ﬁ'.encode('latin-1', 'namereplace'))
print('€ and ¥'.encode('latin-1', 'namereplace'), '€ and ¥'.encode('ascii', 'namereplace'))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    for enc in ['ascii', 'latin-1']:
        try:
            print(errors, enc, 'ab€ü😀'.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, 'UnicodeEncodeError', e.start, e.end, e.reason)
print('😀'.encode('ascii', 'xmlcharrefreplace').decode('ascii'), '😀'.encode('ascii', 'backslashreplace').decode('ascii'))
print(len('\N{GRINNING FACE}'.encode('ascii', 'namereplace')), len('\N{BULLET}'))
print('\N{LATIN CAPITAL LETTER A WITH RING ABOVE}' == 'Å', '\N{ANGSTROM SIGN}' == 'Å', '\N{ANGSTROM SIGN}'.encode('ascii', 'namereplace'))
print('\N{HANGUL SYLLABLE GA}', '\N{CJK UNIFIED IDEOGRAPH-4E00}', '\N{HANGUL SYLLABLE GA}'.encode('ascii', 'namereplace'))
print('\u4e00'.encode('ascii', 'namereplace'), '\uac01'.encode('ascii', 'namereplace'))
