# memoryview: views share the buffer, casts, comparisons, hashing and release
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def views():
    data = bytearray(b"abcdefgh")
    m = memoryview(data)
    print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
    s = m[2:6]
    s[0] = ord("C")
    print(data, s.tobytes(), s.tolist(), bytes(s), s.hex(), s.hex(":"), list(m[::3]), m[::-2].tobytes())
    m[6:8] = b"GH"
    print(data, m == data, m == b"abCdefGH", m != b"x", m[::2] == b"aCeG")
    h = memoryview(b"\x01\x00\x02\x00\xff\xff\xff\xff")
    print(h.cast("H").tolist(), h.cast("h").tolist(), h.cast("i").tolist(), h.cast("I").tolist(), h.cast("b").tolist())
    print(h.cast("B", (8,)).tolist(), h.cast("c")[0], h.cast("H").nbytes, len(h.cast("H")), h.cast("H").itemsize, h.cast("q").tolist())
    d = memoryview(bytearray(8)).cast("d")
    d[0] = 1.5
    print(d.tolist(), d.obj, memoryview(b"abc").obj, hash(memoryview(b"abc")) == hash(b"abc"))
    with memoryview(b"ctx") as cm:
        print(cm.tobytes())
    print(repr(cm).startswith("<released memory at "), repr(memoryview(b"")).startswith("<memory at "))
views()

def errors():
    ro = memoryview(b"abc")
    rw = memoryview(bytearray(b"abc"))
    show("ro set", lambda: ro.__setitem__(0, 1))
    show("rw set big", lambda: rw.__setitem__(0, 256))
    show("rw set str", lambda: rw.__setitem__(0, "a"))
    show("rw slice size", lambda: rw.__setitem__(slice(0, 2), b"xyz"))
    show("index", lambda: rw[5])
    show("index str", lambda: rw["a"])
    show("hash rw", lambda: hash(rw))
    show("cast odd", lambda: memoryview(b"abc").cast("H"))
    show("cast bad", lambda: memoryview(b"ab").cast("Z"))
    show("cast two", lambda: memoryview(b"abcd").cast("H").cast("h"))
    show("cast strided", lambda: memoryview(b"abcd")[::2].cast("H"))
    show("ctor str", lambda: memoryview("abc"))
    show("ctor int", lambda: memoryview(5))
    rel = memoryview(b"x")
    rel.release()
    show("released len", lambda: len(rel))
    show("released tobytes", lambda: rel.tobytes())
    show("released eq", lambda: rel == rel)
    show("short set", lambda: memoryview(bytearray(4)).cast("H").__setitem__(0, 70000))
    show("short set neg", lambda: memoryview(bytearray(4)).cast("H").__setitem__(0, -1))
    show("short ok", lambda: memoryview(bytearray(4)).cast("h").tolist())
errors()
