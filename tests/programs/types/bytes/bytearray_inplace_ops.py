# += and *= on bytearray mutate in place; on bytes they rebind.
b = bytearray(b"ab")
alias = b
b += b"cd"
print(b, alias, b is alias)
b += bytearray(b"ef")
b += memoryview(b"gh")
print(b)
b += b""
print(b, b is alias)
for bad in ("str", 1, [1, 2], None):
    try:
        b += bad
    except TypeError as e:
        print("TypeError", e)
print(b)

b *= 2
print(b, b is alias)
b *= 1
print(b)
b *= 0
print(b, b is alias, len(b))
c = bytearray(b"xy")
c *= -3
print(c)
c = bytearray(b"xy")
c *= True
print(c)
for bad in ("2", 2.0, None, b"x"):
    try:
        c *= bad
    except TypeError as e:
        print("TypeError", e)

class N:
    def __index__(self):
        return 3

c *= N()
print(c)

s = b"ab"
t = s
s += b"cd"
print(s, t, s is t)
s *= 2
print(s, t)

# self-concatenation
d = bytearray(b"12")
try:
    d += d
except BufferError as e:
    print("BufferError", e)
print(d)
d += d[1:]
print(d)
d += bytes(d)
print(d)
empty = bytearray()
empty += empty
print(empty)
try:
    d += memoryview(d)[:1]
except BufferError as e:
    print("BufferError", e)
print(d)

class Sub(bytearray):
    pass

e = Sub(b"q")
f = e
e += b"r"
e *= 2
print(type(e).__name__, e, e is f)

class Add(bytearray):
    def __iadd__(self, other):
        return "custom iadd"

g = Add(b"g")
g += b"h"
print(g)
x = bytearray(b"q")
x += bytearray(b"")
x.__iadd__(b"z")
print(x, x.__imul__(2), x)
