# bytearray() constructor forms, and that __init__ can re-initialise an existing object.

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("empty", lambda: bytearray())
show("count", lambda: bytearray(4))
show("list", lambda: bytearray([1, 2, 255]))
show("bytes", lambda: bytearray(b"abc"))
show("str", lambda: bytearray("añb", "utf-8"))
show("str utf-16-le", lambda: bytearray("ab", "utf-16-le"))
show("generator", lambda: bytearray(i for i in range(65, 70)))
show("memoryview", lambda: bytearray(memoryview(b"0123456789")[::3]))
show("bytearray copy", lambda: bytearray(bytearray(b"q")))

a = bytearray(b"hello")
b = bytearray(a)
b[0] = 74
print(a, b, a is b)

# __init__ re-initialises in place
x = bytearray(b"original")
x.__init__(b"new")
print(x)
x.__init__(3)
print(x)
x.__init__()
print(x, len(x))
x.__init__("é", "latin-1")
print(x)

# subclass with extra state
class Buf(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

bb = Buf(b"xyz", "t1")
print(type(bb).__name__, bb, bb.tag, len(bb))
print(repr(bb))
bb.append(33)
print(bb)
print(type(bb + b"!").__name__, type(bb[:1]).__name__, type(bb.copy()).__name__)

class Plain(bytearray):
    pass

print(repr(Plain(b"abc")), repr(Plain()))
print(Plain(b"a") == bytearray(b"a"), Plain(b"a") == b"a")

# bytearray from itself being mutated while iterating an unrelated generator
src = [1, 2, 3]
arr = bytearray(v for v in src)
src.append(4)
print(arr)
print(bytearray(b"\x00\xff").hex(), bytearray(range(3)))
