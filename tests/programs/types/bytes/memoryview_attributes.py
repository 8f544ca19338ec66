# memoryview attributes over bytes and bytearray.
def describe(label, m):
    print(label, len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides,
          m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)

describe("bytes", memoryview(b"hello"))
describe("bytearray", memoryview(bytearray(b"hello")))
describe("empty", memoryview(b""))
describe("slice", memoryview(b"0123456789")[2:7])
describe("step2", memoryview(b"0123456789")[::2])
describe("reversed", memoryview(b"0123456789")[::-1])
describe("step3 rev", memoryview(b"0123456789")[8:1:-3])
describe("single", memoryview(b"0123456789")[::20])
describe("empty slice", memoryview(b"0123456789")[5:5])
describe("cast H", memoryview(bytes(8)).cast("H"))
describe("cast I", memoryview(bytearray(8)).cast("I"))
describe("cast d", memoryview(bytes(16)).cast("d"))
describe("cast c", memoryview(b"ab").cast("c"))
describe("cast b", memoryview(b"ab").cast("b"))
describe("cast @q", memoryview(bytes(8)).cast("@q"))

src = b"source"
m = memoryview(src)
print(m.obj is src, m[1:].obj is src, memoryview(m).obj is src)
ba = bytearray(b"x")
print(memoryview(ba).obj is ba)
print(type(m).__name__, type(m[1:]).__name__, isinstance(m, memoryview))
print(m.toreadonly().readonly, memoryview(ba).toreadonly().readonly)
ro = memoryview(ba).toreadonly()
ba[0] = 89
print(ro.tobytes())
print(memoryview(memoryview(ba)).readonly)
for name in ("nbytes", "readonly", "format", "itemsize", "ndim", "shape", "strides"):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    m.nosuch
except AttributeError as e:
    print("AttributeError", e)
for bad in ("str", 5, None, [1, 2], object()):
    try:
        memoryview(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    memoryview()
except TypeError as e:
    print("TypeError", e)
print(memoryview(object=b"kw").tobytes())
try:
    class M(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)
