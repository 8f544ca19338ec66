# bytes.maketrans and translate(table, delete=b"").
table = bytes.maketrans(b"abc", b"xyz")
print(type(table).__name__, len(table), table[97:100], table[:5])
print(b"aabbcc-abc".translate(table))
print(b"hello".translate(None, b"l"))
print(b"hello".translate(table, b"h"))
print(b"hello".translate(None, delete=b"lo"))
print(b"hello".translate(None))
print(bytearray(b"cab").translate(table), type(bytearray(b"cab").translate(table)).__name__)
print(bytearray.maketrans(b"a", b"b") == bytes.maketrans(b"a", b"b"))
print(type(bytearray.maketrans(b"", b"")).__name__)
print(b"".maketrans(bytearray(b"q"), memoryview(b"r"))[113])
print(bytes.maketrans(b"", b"") == bytes(range(256)))
rot = bytes.maketrans(bytes(range(256)), bytes(range(1, 256)) + b"\x00")
print(b"HAL".translate(rot))
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(b"shout this".translate(upper, b" "))
print(b"abc".translate(bytearray(table)), b"abc".translate(memoryview(table)))
print(b"abc".translate(None, bytearray(b"b")), b"abc".translate(None, memoryview(b"c")))
print(b"abc".translate(None, delete=b"a"))
try:
    print(b"abc".translate(table=None, delete=b"a"))
except TypeError as e:
    print("TypeError", e)

for bad in (lambda: b"a".translate(b"short"), lambda: b"a".translate(bytes(257))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in (lambda: b"a".translate("x" * 256), lambda: b"a".translate(None, "a"),
            lambda: b"a".translate(), lambda: b"a".translate(None, b"", b""),
            lambda: bytes.maketrans("a", b"b"), lambda: bytes.maketrans(b"a", 98),
            lambda: bytes.maketrans(b"a")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError", e)
print(type(bytes.__dict__["maketrans"]).__name__)
print(b"xyz".maketrans(b"x", b"X")[120])
