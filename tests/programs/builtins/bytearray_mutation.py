# bytearray mutation methods
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 63])
print(ba)
ba.insert(0, 62)
ba.insert(-1, 46)
ba.insert(100, 60)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[1:3] = b"EEEE"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba)
del ba[0]
ba[2:2] = b"INS"
print(ba)
ba += b"++"
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, len(ba))
c = bytearray(b"abc")
d = c.copy()
d[0] = 120
print(c, d, c == b"abc", c is d)
for bad in [(lambda: c.__setitem__(0, 256)), (lambda: c.__setitem__(0, -1)), (lambda: c.remove(122)), (lambda: bytearray().pop()),
            (lambda: c.__setitem__(slice(None, None, 2), b"xyz")), (lambda: c.append("a")), (lambda: c.index(b"q"))]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
e = bytearray(5)
e[1] = 0xff
print(e, e.hex(), bytearray.fromhex("0102ff"), bytearray(range(65, 70)), bytearray("ünï", "utf-8"))
f = bytearray(b"The quick brown fox")
print(f.upper(), f.split(), f.find(b"quick"), f.replace(b"quick", b"slow"), f.count(b"o"), f.title(), f.startswith(b"The"))
print(type(f.upper()).__name__, type(f[1:3]).__name__, type(f[1]).__name__, f[4:9].decode())
g = bytearray(b"xyz")
g[1:2] = []
print(g)
g[5:] = b"tail"
print(g, bytearray(b"a") + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") < b"abd", sorted([bytearray(b"b"), b"a"]))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
