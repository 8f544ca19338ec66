# Every bytes-like method of bytearray returns a new bytearray, independent of the receiver.
src = bytearray(b"  Hello, World  ")
calls = [
    ("strip", ()), ("lstrip", ()), ("rstrip", (b" d",)), ("upper", ()), ("lower", ()),
    ("swapcase", ()), ("title", ()), ("capitalize", ()), ("center", (20, b"*")), ("ljust", (18,)),
    ("rjust", (18,)), ("zfill", (18,)), ("expandtabs", ()), ("replace", (b"l", b"L")),
    ("removeprefix", (b"  ",)), ("removesuffix", (b"  ",)), ("translate", (None, b"lo")),
]
for name, args in calls:
    r = getattr(src, name)(*args)
    print(name, r, type(r).__name__, r is src)
    if len(r):
        r[0] = 35
print(src)
for name, args in (("split", ()), ("rsplit", (b",",)), ("splitlines", ()), ("partition", (b",",)), ("rpartition", (b"o",))):
    r = getattr(src, name)(*args)
    print(name, r, [type(x).__name__ for x in r])
print(bytearray(b",").join([b"a", bytearray(b"b")]), type(bytearray().join([])).__name__)
print(src.hex(), type(src.hex()).__name__, src.decode(), type(src.decode()).__name__)
print(src.count(b"l"), src.find(b"World"), src.index(b"H"), src.startswith(b"  H"), src.isascii())
print(src[2:7], type(src[2:7]).__name__, src[::-1], src * 0, type(src * 0).__name__)
empty = bytearray()
print(empty.strip(), empty.split(), empty.upper(), empty.center(3), empty.partition(b"x"))
# bytes receivers with bytearray arguments still give bytes
b = b"a-b-c"
print(type(b.replace(bytearray(b"-"), bytearray(b"+"))).__name__, type(b.split(bytearray(b"-"))[0]).__name__)
print(type(b.strip(bytearray(b"a"))).__name__, type(b.join([bytearray(b"x")])).__name__)
print(type(b + bytearray(b"x")).__name__, type(bytearray(b"x") + b).__name__)
