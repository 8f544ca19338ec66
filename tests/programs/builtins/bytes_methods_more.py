# More bytes methods with int arguments and edge cases
b = b"hello world, hello bytes"
print(b.count(b"l"), b.count(108), b.find(111), b.find(b"o", 5), b.rfind(b"hello"), b.index(32), b.rindex(b"l", 0, 10))
print(b.split(b" ", 1), b.rsplit(None, 1), b.split(b"ll"), b.partition(b", "), b.rpartition(b"x"))
print(b.replace(b"hello", b"bye", 1), b.startswith(b"hello", 13), b.endswith(b"tes", 0, -1), b.center(30, b"."), b.title())
print(b"a,b;c".split(b","), b"  x  y ".split(), b"".split(), b"abc".split(b"abc"), b"1\n2\r\n3".splitlines(keepends=True))
print(b"Mixed Case".swapcase(), b"lower".capitalize(), b"UP".lower(), b"tab\tsep".expandtabs(8), b"x".zfill(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"a b".isspace(), b"Title Case".istitle(), b"ABC".isupper(), b"abc".islower(), b"".isdigit())
print(bytes([x ^ 0x20 for x in b"Hello"]), bytes(x for x in range(65, 91) if x % 2), bytes(map(ord, "map")))
print(b"%s=%d (%.2f) %x %5s|%-5s|" % (b"key", 42, 3.14159, 255, b"r", b"l"))
print(b"abc"[0:1] + b"abc"[2:], b"abc" * 0, b"ab" in b"xaby", 97 in b"abc", 256 in b"abc" if False else "skip")
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".count(256)
except ValueError as e:
    print("ValueError", e)
print(b"\xf0\x9f\x98\x80".decode(), "😀".encode("utf-8") == b"\xf0\x9f\x98\x80", bytes("abc", "ascii") == b"abc")
print(b"abc".hex(), bytes.fromhex("616263"), b"\x00\x01".hex("_"), bytes.fromhex(" 0a 0B\n0c "), bytearray.fromhex("ff").hex())
print(b"aaa".replace(b"a", b"bb", 2), b"abcabc".replace(b"", b"-"), b"x".join([b"1", b"2"]), b"".join([]))
print(sorted([b"b", b"a", b"ab", b"", b"\xff"]), max(b"abc", b"abd"), b"abc" < b"abcd", b"\x00" < b"\x00\x00")
print(b"hello".ljust(8, b"*"), b"hello".rjust(8, b"*"), b"123".zfill(6), b"-12".zfill(6), b"abc".strip(b"ac"))
