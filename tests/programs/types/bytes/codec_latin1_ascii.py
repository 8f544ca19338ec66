# ascii and latin-1 decoding, and their aliases.
allb = bytes(range(256))
s = allb.decode("latin-1")
print(len(s), s.encode("latin-1") == allb, ascii(s[120:136]))
print(allb[:128].decode("ascii") == "".join(map(chr, range(128))))
try:
    allb.decode("ascii")
except UnicodeDecodeError as e:
    print(e, "|", e.start, e.end, e.reason, e.encoding, len(e.object))
try:
    b"ab\x80\x81cd".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
for handler in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(handler, ascii(b"a\x80\xffz".decode("ascii", handler)))
for name in ("latin-1", "latin1", "Latin-1", "LATIN_1", "iso-8859-1", "ISO8859-1", "l1", "iso_8859_1", "8859", "cp819", "latin"):
    print(name, ascii(b"\xe9".decode(name)), "\xe9".encode(name))
for name in ("ascii", "ASCII", "us-ascii", "US_ASCII", "646", "us"):
    print(name, b"ok".decode(name), "ok".encode(name))
try:
    "\u0100".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
print("\xff".encode("latin-1"), ascii(b"\xff".decode("latin-1")))
print(ascii(bytearray(b"\xa0\xa9").decode("latin_1")))
