# backslashreplace, xmlcharrefreplace and namereplace across code point sizes.
chars = ["\x80", "\xff", "\u0100", "\u07ff", "\u20ac", "\uffff", "\U00010000", "\U0001f600", "\U0010ffff"]
for c in chars:
    print(ascii(c), c.encode("ascii", "backslashreplace"), c.encode("ascii", "xmlcharrefreplace"),
          c.encode("latin-1", "backslashreplace"), c.encode("latin-1", "xmlcharrefreplace"))
for c in ["\xe9", "\u20ac", "\U0001f600", "\u00a0", "\ufffd", "\U000e0001", "\ue000", "\u0378"]:
    print(ascii(c), c.encode("ascii", "namereplace"))
text = "Gr\xfc\xdfe \u2192 \u65e5\u672c \U0001f389!"
for handler in ("backslashreplace", "xmlcharrefreplace", "namereplace", "replace", "ignore"):
    print(handler, text.encode("ascii", handler))
    print("  latin-1", text.encode("latin-1", handler))
# decoding with backslashreplace shows the bad bytes
for data, enc in ((b"\xff\xfe", "ascii"), (b"ok\x80", "utf-8"), (b"\xc3", "utf-8"), (b"\x81\x8d", "cp1252")):
    print(data, enc, ascii(data.decode(enc, "backslashreplace")))
print(ascii(b"\x00\xd8".decode("utf-16-le", "backslashreplace")), ascii(b"\xff\xff\xff\x7f".decode("utf-32-le", "backslashreplace")))
# the replacement character for decode vs encode
print(ascii(b"\xff".decode("ascii", "replace")), "\xff".encode("ascii", "replace"))
print("\u20ac".encode("utf-16-le", "replace"), "\ud800".encode("utf-16-le", "replace"), "\ud800".encode("utf-32-be", "replace"))
