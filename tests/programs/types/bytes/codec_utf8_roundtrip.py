# UTF-8 encoding and decoding of every sequence length, and default arguments.
samples = ["", "ascii", "é", "\u00ff", "\u0100", "\u07ff", "\u0800", "\u20ac", "\uffff",
           "\U00010000", "\U0001f600", "\U0010ffff", "mixed é€😀", "\x00\x7f\x80"]
for s in samples:
    b = s.encode()
    print(ascii(s), b, len(b), b.decode() == s, b.decode("utf-8") == s)
print("x".encode("utf-8"), "x".encode(encoding="utf-8"), "é".encode("utf-8", "strict"))
print(b"\xc3\xa9".decode(), b"\xc3\xa9".decode(encoding="utf8"), b"\xc3\xa9".decode(errors="strict"))
print(bytearray(b"\xe2\x82\xac").decode(), type(bytearray(b"a").decode()).__name__)
print(memoryview(b"\xf0\x9f\x98\x80").tobytes().decode() == "\U0001f600")
print(str(b"\xc3\xa9", "utf-8"), str(bytearray(b"ok"), "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"))
print(str(memoryview(b"mv"), "utf-8"), str(b"x", errors="strict"))
print(str(b"bytes repr"))
try:
    str("text", "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)
print(len("😀".encode("utf-8")), len("😀"), "😀".encode()[0])
# utf-8-sig
print("hi".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))
print(b"\xef\xbb\xbfhi".decode("utf-8") == "\ufeffhi")
# encode/decode argument errors
for op in (lambda: "x".encode(5), lambda: "x".encode("utf-8", 5), lambda: b"x".decode(5),
           lambda: b"x".decode("utf-8", None), lambda: "x".encode("utf-8", "strict", 1),
           lambda: b"x".decode(foo="utf-8")):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
big = "".join(chr(c) for c in range(0x20, 0x3000, 7))
print(big.encode("utf-8").decode("utf-8") == big, len(big.encode("utf-8")))
for op in (lambda: bytes("a", None), lambda: bytes("a", "utf-8", None), lambda: bytearray("a", None),
           lambda: "a".encode(None), lambda: b"a".decode(None), lambda: str(b"a", None)):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
