# bytes.fromhex / bytearray.fromhex: whitespace between byte pairs, errors with positions.
print(bytes.fromhex(""))
print(bytes.fromhex("00ff"))
print(bytes.fromhex("DEADbeef"))
print(bytes.fromhex(" 01 02  03 "))
print(bytes.fromhex("\t0a\n0b\r0c\x0b0d\x0c"))
print(bytearray.fromhex("c0 ff ee"), type(bytearray.fromhex("")).__name__)
print(b"".fromhex("41"), bytearray(b"zz").fromhex("42"))
for bad in ("0", "abc", "0g", "g0", "01 2", "1 2", " 0 1", "\xe9", "01\xa002", "0x10", "01-02", "12 3"):
    try:
        print(repr(bad), bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    try:
        bytearray.fromhex(bad)
    except ValueError as e:
        print("  bytearray ValueError", e)
for bad in (b"00", 0, None, bytearray(b"00")):
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bytes.fromhex()
except TypeError as e:
    print("TypeError", e)
try:
    bytes.fromhex("00", "11")
except TypeError as e:
    print("TypeError", e)

class B(bytes):
    def __new__(cls, value):
        print("B.__new__ got", value)
        return super().__new__(cls, value)

r = B.fromhex("6162")
print(r, type(r).__name__)

class BA(bytearray):
    def __init__(self, value=b""):
        print("BA.__init__ got", value)
        super().__init__(value)

r = BA.fromhex("63")
print(r, type(r).__name__)
print(type(bytes.__dict__["fromhex"]).__name__)
big = "".join("%02x" % i for i in range(256))
print(bytes.fromhex(big) == bytes(range(256)))
