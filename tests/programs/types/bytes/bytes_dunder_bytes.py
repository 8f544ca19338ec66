# bytes(x) consults __bytes__ first; bytearray() does not.

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

print(bytes(WithBytes()))

class WithBytesAndIndex:
    def __bytes__(self):
        return b"bytes wins"
    def __index__(self):
        return 3

print(bytes(WithBytesAndIndex()))
print(bytearray(WithBytesAndIndex()))

class WithBytesAndIter:
    def __bytes__(self):
        return b"B"
    def __iter__(self):
        return iter([1, 2])

print(bytes(WithBytesAndIter()))
print(bytearray(WithBytesAndIter()))

class ReturnsStr:
    def __bytes__(self):
        return "not bytes"

try:
    bytes(ReturnsStr())
except TypeError as e:
    print("TypeError", e)

class ReturnsBytearray:
    def __bytes__(self):
        return bytearray(b"ba")

try:
    print(bytes(ReturnsBytearray()))
except TypeError as e:
    print("TypeError", e)

class BytesSub(bytes):
    pass

class ReturnsSub:
    def __bytes__(self):
        return BytesSub(b"sub")

r = bytes(ReturnsSub())
print(r, type(r).__name__)

class Raises:
    def __bytes__(self):
        raise ValueError("nope")

try:
    bytes(Raises())
except ValueError as e:
    print("ValueError", e)

# __bytes__ on a bytes subclass
class Custom(bytes):
    def __bytes__(self):
        return b"custom"

c = Custom(b"raw")
print(bytes(c), c)

# __bytes__ = None is not special-cased: calling None fails
class NoneBytes:
    __bytes__ = None
    def __iter__(self):
        return iter([65])

try:
    print(bytes(NoneBytes()))
except TypeError as e:
    print("TypeError", e)

# __bytes__ ignored with an encoding given
try:
    bytes(WithBytes(), "utf-8")
except TypeError as e:
    print("TypeError", e)

# bytes.__bytes__ exists
print(b"xy".__bytes__(), BytesSub(b"q").__bytes__(), type(BytesSub(b"q").__bytes__()).__name__)
print(hasattr(bytearray, "__bytes__"))
