# int.to_bytes / int.from_bytes with every argument and error.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (0).to_bytes(), (255).to_bytes(), (1).to_bytes(3))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, signed=True), (2**64 - 1).to_bytes(8, "little"))
print((0x0102030405060708090A).to_bytes(10, "big").hex(), (0x0102030405060708090A).to_bytes(12, "little").hex())
for args, kw in [((1, "big"), {}), ((0, "big"), {}), ((-1, "big"), {}), ((1, "middle"), {}), ((1, 5), {}), (("1", "big"), {})]:
    for n in (256, -1, 128):
        try:
            print(n, args, n.to_bytes(*args, **kw))
        except Exception as e:
            print(n, args, type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (1).to_bytes(1, "big", True)
except TypeError as e:
    print("TypeError", e)
try:
    (1).to_bytes(length=-1)
except ValueError as e:
    print("ValueError", e)

print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\x00\x10"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes((255, 0), "big"))
print(int.from_bytes(b"\x01" * 20, "big"), int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(memoryview(b"\x12\x34"), "big"))
for data in ["abc", 5, [256], [-1], None]:
    try:
        print(int.from_bytes(data, "big"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b"\x00", "sideways")
except ValueError as e:
    print("ValueError", e)

class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x02", "big")
print(type(r).__name__, r)
print(type(bool.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x00", "big"))

class Bytesish:
    def __bytes__(self):
        return b"\x00\x07"
print(int.from_bytes(Bytesish(), "big"))

for n in [0, 1, -1, 127, -128, 128, -129, 2**63, -(2**63), 10**30, -(10**30)]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True) == n, int.from_bytes(b[::-1], "little", signed=True) == n)
