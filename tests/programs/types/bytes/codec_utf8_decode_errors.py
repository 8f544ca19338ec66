# UTF-8 decoding errors: reasons, ranges, and how each handler treats them.
bad = [
    b"\xff",
    b"\x80",
    b"a\xc3",
    b"\xc3(",
    b"\xc0\xaf",
    b"\xe0\x80\x80",
    b"\xe2\x82",
    b"\xe2\x82(",
    b"\xed\xa0\x80",
    b"\xf0\x9f\x98",
    b"\xf4\x90\x80\x80",
    b"\xf5\x80",
    b"ok\xfe\xffok",
    b"\xf0\x28\x8c\x28",
]
for b in bad:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(b, "|", e, "|", e.start, e.end, e.reason)
    for handler in ("ignore", "replace", "backslashreplace", "surrogateescape"):
        print("   ", handler, ascii(b.decode("utf-8", handler)))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print(ascii(b"\xed\xb2\x80x".decode("utf-8", "surrogatepass")))
try:
    b"\xed\xa0".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"a\xffb\xfe".decode("utf-8", "nosuchhandler")
except LookupError as e:
    print("LookupError", e)
print(b"plain".decode("utf-8", "nosuchhandler"))
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
print(ascii(b"\xe2\x82\xac\xe2\x82".decode("utf-8", "replace")))
print(ascii(b"\x80\x80\x80".decode("utf-8", "replace")))
print(ascii(bytes(range(0x7e, 0x84)).decode("utf-8", "backslashreplace")))
