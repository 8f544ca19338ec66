# UTF-32 with and without BOM, and its errors.
samples = ["", "A", "\xe9", "\u20ac", "\U0001f600"]
for s in samples:
    print(ascii(s), s.encode("utf-32"), s.encode("utf-32-le"), s.encode("utf-32-be"))
    for enc in ("utf-32", "utf-32-le", "utf-32-be"):
        assert s.encode(enc).decode(enc) == s
print(b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"))
print(b"A\x00\x00\x00".decode("utf-32"), ascii(b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32-le")))
for name in ("UTF-32", "utf32", "utf_32", "UTF-32LE", "utf_32_be", "U32"):
    print(name, "y".encode(name))
bad = [
    (b"A\x00\x00", "utf-32-le"),
    (b"A\x00\x00\x00B", "utf-32-le"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"\x00\x00\xd8\x00", "utf-32-be"),
    (b"\xff\xff\xff\xff", "utf-32-le"),
    (b"\xff\xfe\x00\x00A\x00", "utf-32"),
]
for data, enc in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(data, enc, "|", e, "|", e.start, e.end, e.reason)
    print("   ", ascii(data.decode(enc, "replace")), ascii(data.decode(enc, "ignore")), ascii(data.decode(enc, "backslashreplace")))
print(ascii(b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass")))
print("\udc80".encode("utf-32-le", "surrogatepass"), "\ud800".encode("utf-32-be", "surrogatepass"))
try:
    "x\udc80".encode("utf-32")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("x\udc80y".encode("utf-32-le", "replace"), "x\udc80".encode("utf-32-be", "ignore"))
