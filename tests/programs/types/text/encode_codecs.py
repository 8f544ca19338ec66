# str.encode with utf-8, ascii, latin-1 and the error handlers
samples = ['abc', 'café', 'naïve ½', '€100', '😀', 'a\x00b', '\x7f\x80\xff', 'Ω≈ç√', '𝒳']
for s in samples:
    print(repr(s), s.encode(), s.encode('utf-8'), len(s.encode('utf8')))
    for enc in ['ascii', 'latin-1']:
        for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            print('  ', enc, errors, s.encode(enc, errors))
for s in ['é', '€', '😀', 'ab€cd']:
    for enc in ['ascii', 'latin-1', 'latin1', 'iso-8859-1', 'us-ascii', 'UTF-8', 'utf_8', 'U8', 'L1']:
        try:
            print(enc, s.encode(enc))
        except Exception as e:
            print(enc, type(e).__name__, e)
try:
    'é'.encode('no-such-codec')
except Exception as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii', 'bogus')
except Exception as e:
    print(type(e).__name__, e)
print('abc'.encode('ascii', 'bogus'))
try:
    'a'.encode(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.encode('ascii', None)
except Exception as e:
    print(type(e).__name__, e)
print('é'.encode(encoding='latin-1'), 'é'.encode(errors='strict'), 'é'.encode('ascii', errors='replace'))
try:
    'a'.encode('utf-8', 'strict', 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    '\ud800'.encode()
except Exception as e:
    print(type(e).__name__, e)
print('\ud800'.encode('utf-8', 'ignore'), '\ud800x'.encode('utf-8', 'replace'), '\ud800'.encode('utf-8', 'backslashreplace'))
print('\ud800'.encode('utf-8', 'surrogatepass'), 'a\udc80b'.encode('utf-8', 'surrogateescape'))
try:
    'a€b€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    'ab€€c'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e)
