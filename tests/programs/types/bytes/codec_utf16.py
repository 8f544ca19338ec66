# UTF-16 with and without BOM, byte orders, surrogate pairs and errors.
samples = ["", "A", "h\xe9llo", "\u20ac", "\U0001f600", "a\U00010437b"]
for s in samples:
    print(ascii(s), s.encode("utf-16"), s.encode("utf-16-le"), s.encode("utf-16-be"))
for s in samples:
    for enc in ("utf-16", "utf-16-le", "utf-16-be"):
        assert s.encode(enc).decode(enc) == s, (s, enc)
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))
print(ascii(b"\xff\xfeA\x00".decode("utf-16-le")), ascii(b"\xfe\xff\x00A".decode("utf-16-be")))
print(ascii(b"\xff\xfe\xff\xfeA\x00".decode("utf-16")))
for name in ("UTF-16", "utf16", "utf_16", "UTF-16LE", "utf_16_le", "utf-16be", "UTF_16_BE", "U16"):
    print(name, "x".encode(name))

bad = [
    (b"A", "utf-16-le"),
    (b"A\x00B", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"),
    (b"\x00\xd8A\x00", "utf-16-le"),
    (b"\x00\xdcA\x00", "utf-16-le"),
    (b"\xd8\x00\x00A", "utf-16-be"),
    (b"\xff\xfeA", "utf-16"),
    (b"\xfe\xff\x00", "utf-16"),
    (b"\x00\xd8\x00", "utf-16-le"),
]
for data, enc in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(data, enc, "|", e, "|", e.encoding, e.start, e.end, e.reason)
    print("   replace", ascii(data.decode(enc, "replace")), "ignore", ascii(data.decode(enc, "ignore")),
          "bsr", ascii(data.decode(enc, "backslashreplace")))
print(ascii(b"\x00\xd8".decode("utf-16-le", "surrogatepass")))
print(ascii(b"\x00\xdcA\x00".decode("utf-16-le", "surrogatepass")))
print("\ud800".encode("utf-16-le", "surrogatepass"), "\udc00".encode("utf-16-be", "surrogatepass"))
try:
    "a\ud800".encode("utf-16")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end)
print("a\ud800b".encode("utf-16-le", "replace"), "a\udfffb".encode("utf-16-be", "backslashreplace"))
print("a\ud800b".encode("utf-16-le", "xmlcharrefreplace"), "a\ud800".encode("utf-16", "ignore"))
for data in (b"\x00\xd8\x00", b"\x00\xd8", b"\x00\xd8A", b"\x00\xd8\x00\xd8"):
    try:
        print(data, ascii(data.decode("utf-16-le", "surrogatepass")))
    except UnicodeDecodeError as e:
        print(data, "UnicodeDecodeError", e)
