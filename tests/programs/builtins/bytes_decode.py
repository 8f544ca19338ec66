# decoding/encoding with error handlers
data = [b"plain", b"caf\xc3\xa9", b"\xff\xfe", b"bad\xffbyte", b"\xe6\x97\xa5\xe6\x9c", b"\xc3", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80x", b"\x80abc\x80"]
for d in data:
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "replace", "ignore", "backslashreplace"):
            try:
                r = d.decode(enc, err)
                print(enc, err, repr(d), "->", repr(r))
            except UnicodeDecodeError as e:
                print(enc, err, repr(d), "-> UnicodeDecodeError:", e)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00i\x00".decode("utf-16-le"), b"\x00h\x00i".decode("utf-16-be"))
print(b"\x3d\xd8\x00\xde".decode("utf-16-le"), "😀".encode("utf-16-be").hex())
try:
    b"\x00".decode("utf-16")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"\x00\xd8\x00".decode("utf-16-le")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\x00\xd8ab".decode("utf-16-le", "replace"))
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("utf-8", "bogus-handler") 
    print("no error for unused handler")
    "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print("LookupError", e)
s = "naïve ☃ 😀"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "ascii", "cp1252"):
    try:
        enc_bytes = s.encode(enc)
        print(enc, len(enc_bytes), enc_bytes[:12], enc_bytes.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.reason, e.start, e.end)
print(s.encode("latin-1", "replace"), s.encode("latin-1", "ignore"), s.encode("ascii", "namereplace") if False else s.encode("ascii", "backslashreplace"))
e = None
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as err:
    e = err
print(e.encoding, e.reason, e.start, e.end, e.object)
print(bytes(range(256)).decode("latin-1") == "".join(chr(i) for i in range(256)))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"))
