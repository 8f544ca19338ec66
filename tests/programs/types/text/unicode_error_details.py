# UnicodeEncodeError / UnicodeDecodeError details: messages, positions, reasons, replacement output
for s, enc in [('aé', 'ascii'), ('aéü', 'ascii'), ('aéxü', 'ascii'), ('€', 'latin-1'), ('a€€b', 'latin-1'), ('😀', 'ascii'), ('😀😀', 'latin-1'),
               ('\ud800', 'utf-8'), ('a\udfffb\ud800', 'utf-8'), ('\x80', 'ascii'), ('é'*5, 'ascii'), ('\u0100', 'cp1252'), ('\x81', 'cp1252')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(ascii(s), enc, '|', e, '|', e.start, e.end, e.reason, ascii(e.object), e.encoding, e.args[:1], len(e.args))
for b, enc in [(b'\xff', 'utf-8'), (b'\xc3', 'utf-8'), (b'\xc3\x28', 'utf-8'), (b'a\xe2\x82', 'utf-8'), (b'\xe2\x82\x28', 'utf-8'),
               (b'\xf0\x9f\x98', 'utf-8'), (b'\xf8\x88\x80\x80\x80', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\xc0\x80', 'utf-8'),
               (b'\xf4\x90\x80\x80', 'utf-8'), (b'\x80\x81', 'ascii'), (b'ab\xffcd\xfe', 'ascii'), (b'\x81', 'cp1252'),
               (b'\x00', 'utf-16'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\x00', 'utf-32')]:
    try:
        print(ascii(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(b, enc, '|', e, '|', e.start, e.end, e.reason)
print(b'a\xffb\xc3'.decode('utf-8', 'replace'), b'\xe2\x82\x28'.decode('utf-8', 'replace'), ascii(b'\xf0\x9f\x98a'.decode('utf-8', 'replace')))
print(ascii(b'\xed\xa0\x80x'.decode('utf-8', 'replace')), ascii(b'\xc0\xafz'.decode('utf-8', 'backslashreplace')))
print(ascii(b'\xff\xfe'.decode('ascii', 'surrogateescape')), ascii(b'\xf0\x80\x80\x80'.decode('utf-8', 'replace')))
