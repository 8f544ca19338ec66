# str.isprintable: categories Cc Cf Cs Co Cn Zl Zp Zs (except space) are not printable
samples = ['', 'abc', ' ', '\t', '\n', '\x00', '\x7f', '\x80', '\x9f', '\xa0', '\xad', '\u00a1', '\u034f',
           '\u200b', '\u200c', '\u200e', '\u2028', '\u2029', '\u202f', '\u3000', '\u2060', '\ufeff',
           '\ue000', '\uf8ff', '\ufffd', '\uffff', '\U0001f600', '\U000e0001', '\U000f0000', '\U0010ffff',
           '\u0378', '\u0530', '\u1680', 'a\nb', 'héllo', '𝒳', '\U0001d173', '\u061c', '\u0600', '\u08e2']
for s in samples:
    print(repr(s), ascii(s), s.isprintable())
print(sum(1 for c in range(0x100) if chr(c).isprintable()))
print(sum(1 for c in range(0x2000, 0x2100) if chr(c).isprintable()))
print(sum(1 for c in range(0xfff0, 0x10000) if chr(c).isprintable()))
print(sum(1 for c in range(0x1f000, 0x1f100) if chr(c).isprintable()))
print(sum(1 for c in range(0xe0000, 0xe0100) if chr(c).isprintable()))
print([hex(c) for c in range(0x600, 0x620) if not chr(c).isprintable()])
print([hex(c) for c in range(0x2000, 0x2070) if not chr(c).isprintable()])

# repr() escapes exactly the non-printable characters (besides \\ and the quote)
for c in [0x0, 0x7, 0x1f, 0x20, 0x7e, 0x7f, 0xa0, 0xa1, 0xad, 0x300, 0x378, 0x61c, 0x1680, 0x180e, 0x2000, 0x200b,
          0x2028, 0x2066, 0x2800, 0x3000, 0xd7ff, 0xe000, 0xfeff, 0xfffc, 0xfffe, 0x1f600, 0xe0020, 0xe0100, 0xf0000]:
    ch = chr(c)
    r = repr(ch)
    print(hex(c), ch.isprintable(), r if c >= 0x80 and ch.isprintable() else ascii(ch), len(r) - 2)
mismatch = [c for c in range(0x3000) if chr(c).isprintable() != (len(repr(chr(c))) == 3 or chr(c) in '\'\\')]
print(mismatch[:10], len(mismatch))
print(''.isprintable(), 'abc def'.isprintable(), 'abc\tdef'.isprintable(), 'abc\u00a0def'.isprintable())
print('\u00a0'.isspace(), '\u00a0'.isprintable(), ' '.isspace(), ' '.isprintable())
print(sum(1 for c in range(0x10000, 0x20000) if chr(c).isprintable()))
