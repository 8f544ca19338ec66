# strip/lstrip/rstrip: ASCII whitespace by default, or a set of bytes.
samples = [b"  padded  ", b"\t\n\x0b\x0c\r x \r\n", b"", b"   ", b"\xa0nbsp\xa0", b"\x00nul\x00"]
for s in samples:
    print(repr(s), s.strip(), s.lstrip(), s.rstrip(), s.strip(None))

s = b"xxyhelloyxx"
print(s.strip(b"xy"), s.lstrip(b"x"), s.rstrip(b"yx"), s.strip(b""), s.strip(b"helo"))
print(b"www.example.com".strip(b"cmowz."))
print(b"\x00\x01data\x01\x00".strip(b"\x00\x01"))
print(b"abc".strip(bytearray(b"ac")), b"abc".strip(memoryview(b"a")))
ba = bytearray(b"--mid--")
r = ba.strip(b"-")
print(r, type(r).__name__, ba)
print(ba.lstrip(bytearray(b"-")), ba.rstrip(b"-"))
print(bytearray(b"  q ").strip())

for bad in ("x", 120, [1]):
    for name in ("strip", "lstrip", "rstrip"):
        try:
            getattr(b"xax", name)(bad)
        except TypeError as e:
            print(name, "TypeError", e)
try:
    b"a".strip(b"a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    b"a".strip(chars=b"a")
except TypeError as e:
    print("TypeError", e)
print(b"aaa".strip(b"a"), b"aaa".lstrip(b"a"), b"aaa".rstrip(b"a"))
print(b"  \x1c\x1d  ".strip(), b"\x85x\x85".strip())
