# bytearray mutation: item and slice assignment, deletion, the list-like methods, += and *=
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def basics():
    b = bytearray(b"hello")
    b[0] = 74
    b[-1] = ord("!")
    print(b, len(b), b[1], b[-2], b[1:3], b[::-1])
    b[1:3] = b"EY"
    print(b)
    b[1:3] = b"abcdef"
    print(b)
    b[2:8] = []
    print(b)
    b[::2] = bytes(range(65, 65 + len(b[::2])))
    print(b)
    del b[0]
    del b[::2]
    print(b)
    b.append(33)
    b.extend(b"??")
    b.extend([65, 66])
    b.extend(x for x in range(48, 51))
    b.insert(0, 60)
    b.insert(-1, 62)
    b.insert(100, 94)
    print(b, b.pop(), b.pop(0), b)
    b.remove(63)
    b.reverse()
    print(b)
    c = b.copy()
    b.clear()
    print(b, c, b == bytearray(), c == c.copy())
basics()

def inplace():
    b = bytearray(b"ab")
    alias = b
    b += b"cd"
    b += bytearray(b"ef")
    b *= 2
    print(b, alias is b, b * 0, 2 * bytearray(b"x"), bytearray(b"12") + b"34", b"34" + bytearray(b"12"))
    b[:] = b
    print(b)
    b[2:4] = b
    print(len(b), b[:6])
    m = bytearray(b"abc")
    m[1:2] = memoryview(b"XYZ")
    print(m, m.upper(), m.title(), m.split(b"Y"), m.partition(b"Y"), m.replace(b"X", b"--"), type(m.strip()).__name__)
inplace()

def errors():
    b = bytearray(b"abc")
    show("set 256", lambda: b.__setitem__(0, 256))
    show("set str", lambda: b.__setitem__(0, "a"))
    show("set big index", lambda: b.__setitem__(10, 1))
    show("set slice int", lambda: b.__setitem__(slice(0, 1), 5))
    show("set slice str", lambda: b.__setitem__(slice(0, 1), "ab"))
    show("set ext slice", lambda: b.__setitem__(slice(None, None, 2), b"xyz"))
    show("set bad item", lambda: b.__setitem__(slice(0, 1), [1, 300]))
    show("del big", lambda: b.__delitem__(7))
    show("pop empty", lambda: bytearray().pop())
    show("pop far", lambda: b.pop(9))
    show("remove missing", lambda: b.remove(122))
    show("append big", lambda: b.append(-1))
    show("extend int", lambda: b.extend(5))
    show("extend str", lambda: b.extend("xy"))
    show("extend mixed", lambda: b.extend([1, "a"]))
    show("insert big", lambda: b.insert(0, 999))
    show("hash", lambda: hash(b))
    show("index str", lambda: b["x"])
    show("ctor float", lambda: bytearray(1.5))
    show("ctor str", lambda: bytearray("abc"))
    show("ctor neg", lambda: bytearray(-2))
    show("ctor enc", lambda: bytearray("é", "utf-8"))
    show("ctor list", lambda: bytearray([1, 2, 255]))
    show("ctor iter", lambda: bytearray(range(250, 256)))
    show("fromhex", lambda: bytearray.fromhex("de ad be ef"))
    show("repr quote", lambda: bytearray(b"it's \"x\""))
errors()
