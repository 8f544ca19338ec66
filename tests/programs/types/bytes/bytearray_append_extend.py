# bytearray.append and extend with ints, iterables and buffers.
b = bytearray()
b.append(65)
b.append(0)
b.append(255)
b.append(True)
print(b, len(b))

class I:
    def __index__(self):
        return 66

b.append(I())
print(b)
for bad in (256, -1, 2 ** 70):
    try:
        b.append(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("a", b"a", 1.0, None):
    try:
        b.append(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b.append()
except TypeError as e:
    print("TypeError", e)
print(b.append(67), b)

e = bytearray(b"x")
e.extend(b"yz")
e.extend(bytearray(b"12"))
e.extend(memoryview(b"34"))
e.extend([53, 54])
e.extend(range(55, 58))
e.extend(c for c in b"AB")
e.extend(())
e.extend(iter([67]))
print(e)
e.extend(e)
print(e, len(e))
for bad in ("str", 5, None, 1.5, object()):
    try:
        e.extend(bad)
    except TypeError as exc:
        print("TypeError", exc)
for bad in ([1, 300], [-5], [1, "x"]):
    before = bytes(e)
    try:
        e.extend(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc, bytes(e) == before)

class Gen:
    def __iter__(self):
        yield 1
        yield 2
        raise RuntimeError("mid-iteration")

g = bytearray()
try:
    g.extend(Gen())
except RuntimeError as exc:
    print("RuntimeError", exc, g)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return 100 + i
        raise IndexError

g.extend(Seq())
print(g)
print(bytearray.extend(g, b"!"), g)
