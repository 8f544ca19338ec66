# bytes() constructor: no argument, int count, iterables, str with encoding, buffers.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("empty", lambda: bytes())
show("zero count", lambda: bytes(0))
show("count 5", lambda: bytes(5))
show("bool count", lambda: bytes(True))
show("list", lambda: bytes([65, 66, 67]))
show("tuple", lambda: bytes((0, 127, 128, 255)))
show("range", lambda: bytes(range(97, 102)))
show("generator", lambda: bytes(x * 2 for x in range(5)))
show("set single", lambda: bytes({7}))
show("dict keys", lambda: bytes({1: 'a', 2: 'b'}))
show("iter object", lambda: bytes(iter([1, 2, 3])))
show("str utf-8", lambda: bytes("héllo", "utf-8"))
show("str latin-1", lambda: bytes("héllo", "latin-1"))
show("str kw", lambda: bytes("abc", encoding="ascii"))
show("str errors", lambda: bytes("aé", "ascii", "replace"))
show("str errors kw", lambda: bytes(source="aé", encoding="ascii", errors="ignore"))
show("from bytes", lambda: bytes(b"xyz"))
show("from bytearray", lambda: bytes(bytearray(b"abc")))
show("from memoryview", lambda: bytes(memoryview(b"hello")[1:4]))
show("from empty list", lambda: bytes([]))
show("from bool items", lambda: bytes([True, False]))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

show("index count", lambda: bytes(Idx(3)))
show("index items", lambda: bytes([Idx(65), Idx(90)]))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i + 48

show("old seq protocol", lambda: bytes(Seq()))

# identity of result vs argument
b = b"abc"
print("bytes(b) is b", bytes(b) is b)
ba = bytearray(b"abc")
c = bytes(ba)
ba[0] = 120
print("copy independent", c, ba)

# subclasses
class MyBytes(bytes):
    pass

m = MyBytes(b"data")
print(type(m).__name__, m, len(m), m == b"data")
print(type(MyBytes(3)).__name__, MyBytes(3))
print(type(m[1:]).__name__, type(m + b"x").__name__, type(m * 2).__name__)
print(type(m.upper()).__name__)
print(repr(MyBytes()))
