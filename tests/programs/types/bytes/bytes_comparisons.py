# Comparison of bytes, bytearray and memoryview; mixing with str and ints.

pairs = [
    (b"abc", b"abd"),
    (b"abc", b"abc"),
    (b"ab", b"abc"),
    (b"", b"\x00"),
    (b"\xff", b"\x00\x00"),
    (b"Z", b"a"),
]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
    ba, bb = bytearray(a), bytearray(b)
    print(" ", ba == b, a == bb, ba < b, a < bb, ba >= bb)

print(b"abc" == "abc", b"abc" != "abc")
print(b"a" == 97, bytearray(b"a") == 97)
print(b"" == bytearray(), bytearray() == b"")
print(b"ab" == memoryview(b"ab"), memoryview(b"ab") == b"ab")
print(bytearray(b"ab") == memoryview(b"ab"), bytearray(b"ab") < memoryview(b"ac"))

for op, f in (("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)):
    for other in ("abc", 1, [97], None):
        try:
            f(b"abc", other)
        except TypeError as e:
            print(op, "TypeError", e)
    try:
        f(bytearray(b"x"), "x")
    except TypeError as e:
        print(op, "TypeError", e)

try:
    b"a" < memoryview(b"b")
except TypeError as e:
    print("TypeError", e)

print(sorted([b"b", b"a", b"", b"ab", b"\x00", b"B"]))
print(sorted([bytearray(b"zz"), bytearray(b"a")]))
print(max(b"hello"), min(b"hello"))
print(max([b"x", b"xy", b"w"]))
print(b"abc" in [bytearray(b"abc")], bytearray(b"abc") in [b"abc"])

class Sub(bytes):
    def __eq__(self, other):
        return "Sub.__eq__"
    __hash__ = bytes.__hash__

print(b"x" == Sub(b"x"), Sub(b"x") == b"x")

class Rev(bytes):
    def __lt__(self, other):
        return "Rev.__lt__"
    def __gt__(self, other):
        return "Rev.__gt__"

print(b"a" < Rev(b"b"), Rev(b"b") < b"a")
print(bytes.__eq__(b"a", "a"), bytes.__lt__(b"a", 1))
print(bytearray.__eq__(bytearray(b"a"), memoryview(b"a")))
print(bytes.__eq__(b"a", bytearray(b"a")))
