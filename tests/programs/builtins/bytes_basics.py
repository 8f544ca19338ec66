# bytes construction, repr, indexing, methods
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"x"), bytes(bytearray(b"ya")))
b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], b[::3], len(b), b"W" in b, 87 in b, b"xyz" in b)
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.index(b"W"))
print(b + b"!", b * 2, 2 * b"ab", b"" * 5, b == b"Hello, World", b < b"Help", b"a" < b"ab", b"\xff" > b"\x00\xff")
print(list(b"abc"), tuple(b"\x00\xff"), [hex(x) for x in b"\x10\x20"], sum(b"abc"), sorted(b"cab"), max(b"zap"))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(" ", -4))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
for bad in [[256], [-1], ["a"], "text", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    "abc" + b"def"
except TypeError as e:
    print("TypeError", e)
print(b"a b\tc".split(), b"1,2,,3".split(b","), b"x".join([b"1", b"2", b"3"]), b"abc".center(7, b"*"), b"  pad ".strip())
print(b"abc".startswith(b"a"), b"abc".endswith((b"bc", b"x")), b"Ab1".isalnum(), b"".isalpha(), b"hello world".title(), b"abc".capitalize())
print(b"%d-%s" % (1, b"x"), b"\x00\x01".zfill(5), b"ab\tcd".expandtabs(), b"a".ljust(3, b"."), b"a".rjust(3))
print(repr(b"\n\r\t\\\x00'"), repr(b'"'), repr(b"'\""), str(b"x"), b"\x61\x62", b"\141")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc" == bytearray(b"abc"), b"abc" == "abc")
print(bytes(5)[2], bytes.fromhex("41 42").decode(), b"caf\xc3\xa9".decode("utf-8"), len(b"caf\xc3\xa9"))
print(b"abc".rstrip(b"c"), b"--x--".lstrip(b"-"), b"a,b,c".rsplit(b",", 1), b"a\nb".splitlines(True), b"abc".partition(b"b"), b"abcabc".rpartition(b"b"))
print(b"hello"[1:-1:2], b"hello"[10:], b"hello"[-100:2], bytes(reversed(b"abc")))
