# bytes.hex(sep=..., bytes_per_sep=...) and bytearray/memoryview hex.
data = bytes(range(0, 256, 17))
print(data.hex())
print(b"".hex(), b"".hex(":"), b"\x00".hex("-"))
print(data.hex(":"), data.hex(b"."), data.hex(" ", 1))
for n in (1, 2, 3, 4, 7, 16, 100, -1, -2, -3, -4, -100, 0):
    print(n, data.hex("_", n))
print(data.hex(sep="|", bytes_per_sep=2))
print(b"\xde\xad\xbe\xef".hex(bytes_per_sep=2))
print(bytearray(b"\x01\x02\x03").hex(","), memoryview(b"\xab\xcd\xef").hex("-", -2))
print(memoryview(b"\x00\x01\x02\x03\x04")[::2].hex(":"))
print(memoryview(bytes(range(8))).cast("H").hex(" ", 2))
for bad in ("", "::", "\xe9", b"ab", b"\xff"):
    try:
        print(data.hex(bad))
    except ValueError as e:
        print("ValueError", e)
for bad in (1, None, [":"]):
    try:
        print(data.hex(bad))
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: data.hex(":", "2"), lambda: data.hex(":", 1.0), lambda: data.hex(":", 1, 2),
            lambda: data.hex(x=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    data.hex(":", 2 ** 40)
except OverflowError as e:
    print("OverflowError", e)
for args in ((None,), (None, 3)):
    try:
        print(data.hex(*args))
    except TypeError as e:
        print("TypeError", e)
print(data.hex(bytes_per_sep=3), data.hex(sep="-"))
print(bytes.fromhex(data.hex(":", 3).replace(":", " ")) == data)
