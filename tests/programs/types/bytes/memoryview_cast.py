# memoryview.cast between byte formats and native formats.
raw = bytes(range(16))
m = memoryview(raw)
for fmt in ("B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "@B", "@H", "N", "n", "P", "e"):
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.readonly)
print(m.cast("H").tolist())
print(m.cast("I").tolist())
print(m.cast("Q").tolist())
print(m.cast("h")[::2].tolist())
print(m.cast("H").cast("B").tolist() == list(raw))
print(m.cast("H").cast("c")[:3].tolist())
print(m.cast("B", (16,)).shape, m.cast("H", shape=[8]).shape)

errors = [
    lambda: m.cast("x"),
    lambda: m.cast("<H"),
    lambda: m.cast("HH"),
    lambda: m.cast(""),
    lambda: m.cast("Z"),
    lambda: m.cast("s"),
]
for op in errors:
    try:
        op()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for op in (lambda: m.cast(5), lambda: m.cast(), lambda: m.cast(b"B"),
           lambda: memoryview(bytes(15)).cast("H"), lambda: m.cast("H").cast("I"),
           lambda: m[::2].cast("B"), lambda: memoryview(bytes(3)).cast("I")):
    try:
        op()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

ba = bytearray(8)
w = memoryview(ba).cast("I")
w[0] = 0xDEADBEEF
w[1] = 1
print(ba.hex(), w.readonly, w.tolist())
print(memoryview(ba).cast("Q").tolist())
d = memoryview(bytearray(8)).cast("d")
d[0] = 1.5
print(d.tolist(), d.obj.hex())
d[0] = 3
print(d.tolist())
try:
    d[0] = "x"
except TypeError as e:
    print("TypeError", e)
f = memoryview(bytearray(4)).cast("f")
f[0] = 0.1
print(f.tolist())
sb = memoryview(bytearray(2)).cast("b")
sb[0] = -128
sb[1] = 127
print(sb.tolist(), sb.obj)
for v in (-129, 128):
    try:
        sb[0] = v
    except ValueError as e:
        print("ValueError", e)
print(memoryview(b"\x00\x3c").cast("e").tolist())
four = memoryview(bytes(4))
for shape in ((4,), [4], (2,), "x", 4, [2.0], (0,), (-1,), (True,)):
    try:
        print(shape, four.cast("B", shape).shape)
    except (TypeError, ValueError) as e:
        print(shape, type(e).__name__, e)
print(four.cast("H", (2,)).tolist())
