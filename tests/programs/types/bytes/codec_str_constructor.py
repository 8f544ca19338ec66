# str(object, encoding, errors) decodes bytes-like objects.
print(str(b"abc", "ascii"), str(bytearray(b"\xc3\xa9"), "utf-8"), str(memoryview(b"xy"), "latin-1"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore"), str(b"\xffA", "ascii", errors="backslashreplace"))
print(str(b"\x00A\x00B", "utf-16-be"), str(b"A\x00", encoding="utf-16"), str(b"", "utf-32"))
print(str(object=b"kw", encoding="ascii"), str(encoding="utf-8"), repr(str(errors="strict")))
for args, kwargs in [((b"\xff", "utf-8"), {}), ((b"\x80", "ascii"), {}), ((b"A", "utf-16-le"), {})]:
    try:
        str(*args, **kwargs)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for args in [("already str", "utf-8"), (5, "utf-8"), ([1], "utf-8"), (b"x", 5), (b"x", "utf-8", 5)]:
    try:
        str(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    str(b"x", "bogus-encoding")
except LookupError as e:
    print("LookupError", e)
try:
    str(b"x", "utf-8", "strict", "extra")
except TypeError as e:
    print("TypeError", e)

class S(str):
    pass

s = S(b"\xc3\xa9t\xc3\xa9", "utf-8")
print(type(s).__name__, ascii(s), len(s))
print(str(b"caf\xc3\xa9", "utf8") == "caf\xe9", str(bytearray(b"A"), "U8"))
print(ascii(str(b"\xef\xbb\xbfbom", "utf-8-sig")), ascii(str(b"\xef\xbb\xbfbom", "utf-8")))
