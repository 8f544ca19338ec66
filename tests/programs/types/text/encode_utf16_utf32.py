# str.encode with utf-16 / utf-32 / utf-8-sig / cp1252 and round trips
for s in ['', 'a', 'é', '€', '😀', 'a😀b', '\uffff', '\U0010ffff']:
    print(repr(s))
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
        b = s.encode(enc)
        print('  ', enc, b, len(b), b.decode(enc) == s)
for s in ['€', 'œ', 'Ÿ', '\x81', 'é', '😀', '\x80']:
    for errors in ['strict', 'replace', 'xmlcharrefreplace']:
        try:
            print(repr(s), errors, s.encode('cp1252', errors))
        except Exception as e:
            print(repr(s), errors, type(e).__name__, e)
print('\ud800'.encode('utf-16', 'surrogatepass'), '\udc80'.encode('utf-32-le', 'surrogatepass'))
for enc in ['utf-16', 'utf-32']:
    try:
        '\ud800x'.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.encoding, e.start, e.end, e.reason)
print('x'.encode('UTF16'), 'x'.encode('utf_32_be'), 'x'.encode('Utf-8-Sig'), 'x'.encode('windows-1252'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8'))
try:
    b'a'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\x00\xd8'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e)
print(b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'), b'\x00\xd8'.decode('utf-16-le', 'surrogatepass') == '\ud800')
print(b'\x80\x81\x9f'.decode('cp1252', 'replace'), b'\x80\x9c'.decode('cp1252'))
