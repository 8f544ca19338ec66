# Encoding names are normalized (case, '-', '_', spaces); unknown names are LookupError.
names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "Utf_8", "U8", "utf", " utf-8 ", "utf--8", "UTF 8",
         "cp65001", "latin-1", "Latin-1", "LATIN1", "iso-8859-1", "ISO_8859-1", "ascii", "US-ASCII",
         "utf-16", "UTF_16LE", "utf-32-BE", "cp1252", "windows-1252", "utf-8-sig", "UTF8-SIG", "utf_8.sig"]
for n in names:
    try:
        encoded = "\xe9".encode(n, "replace")
        print(repr(n), encoded, ascii(encoded.decode(n)))
    except LookupError as e:
        print(repr(n), "LookupError", e)
for n in ("no-such-encoding", "utf-7x", "", "UTF-9", "base64", "hex", "rot13", "rot-13", "zlib", "latin 2x"):
    try:
        "x".encode(n)
    except LookupError as e:
        print("encode", repr(n), "LookupError", e)
    try:
        b"x".decode(n)
    except LookupError as e:
        print("decode", repr(n), "LookupError", e)
try:
    bytes("x", "nope")
except LookupError as e:
    print("LookupError", e)
try:
    str(b"x", "nope")
except LookupError as e:
    print("LookupError", e)
print(issubclass(LookupError, Exception), LookupError.__mro__[1].__name__)
# the encoding check happens even when there is nothing to encode
try:
    "".encode("bogus")
except LookupError as e:
    print("LookupError", e)
try:
    b"".decode("bogus")
except LookupError as e:
    print("LookupError", e)
# the error handler is looked up only when needed
print("".encode("utf-8", "bogus"), b"".decode("ascii", "bogus"))
print(ascii(b"\x80abc\x9f".decode("cp1252", "replace")), "\u20ac\u2122".encode("cp1252"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
try:
    "\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print(e)
print(repr(bytearray().decode("no-such-codec")), repr(str(b"", "no-such-codec")), repr(b"".decode("hex")))
