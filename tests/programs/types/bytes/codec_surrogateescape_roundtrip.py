# surrogateescape turns undecodable bytes into lone surrogates U+DC80..U+DCFF and back.
raw = b"name-\xff\xfe-\xc3\xa9-\x80"
for enc in ("utf-8", "ascii"):
    s = raw.decode(enc, "surrogateescape")
    print(enc, ascii(s), len(s))
    back = s.encode(enc, "surrogateescape")
    print("  roundtrip", back == raw, back)
allhigh = bytes(range(0x80, 0x100))
s = allhigh.decode("ascii", "surrogateescape")
print(len(s), ascii(s[:4]), ascii(s[-2:]), s.encode("ascii", "surrogateescape") == allhigh)
s = allhigh.decode("utf-8", "surrogateescape")
print(len(s), s.encode("utf-8", "surrogateescape") == allhigh)
print(ascii(b"\xe2\x82".decode("utf-8", "surrogateescape")), ascii(b"\xe2\x82\xac".decode("utf-8", "surrogateescape")))
print(ascii(b"\xf0\x9f\x98".decode("utf-8", "surrogateescape")))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogateescape")))
# latin-1 never fails, so there is nothing to escape
print(ascii(b"\xff".decode("latin-1", "surrogateescape")))
print("\udcff".encode("latin-1", "surrogateescape"))
# surrogates outside DC80..DCFF cannot be escaped
for s in ("\udc00", "\udc7f", "\ud800", "a\udcffb\udc41"):
    try:
        print(ascii(s), s.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError as e:
        print(ascii(s), "UnicodeEncodeError", e, e.start, e.end)
# mixing escaped and ordinary non-ASCII text
mixed = "caf\xe9 \udce9"
print(mixed.encode("utf-8", "surrogateescape"), mixed.encode("latin-1", "surrogateescape"))
try:
    mixed.encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
# surrogatepass is different: it writes the surrogate's UTF-8 form
print("\udcff".encode("utf-8", "surrogatepass"), ascii(b"\xed\xb3\xbf".decode("utf-8", "surrogatepass")))
print(ascii(b"\xed\xb3\xbf".decode("utf-8", "surrogateescape")))
