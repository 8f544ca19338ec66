# bytearray.reverse, clear and copy.
b = bytearray(b"stressed")
print(b.reverse(), b)
b.reverse()
print(b)
e = bytearray()
e.reverse()
print(e)
one = bytearray(b"x")
one.reverse()
print(one)

c = b.copy()
print(c, c == b, c is b, type(c).__name__)
c[0] = 83
print(b, c)
print(b.clear(), b, len(b))
b.clear()
print(b)
b.extend(b"again")
print(b)

class Sub(bytearray):
    pass

s = Sub(b"sub")
cp = s.copy()
print(type(cp).__name__, cp)
s.reverse()
print(type(s).__name__, s)
s.clear()
print(repr(s))

for name in ("reverse", "clear", "copy"):
    try:
        getattr(b, name)(1)
    except TypeError as e:
        print("TypeError", e)

# views see in-place reversal
v = bytearray(b"abc")
m = memoryview(v)
v.reverse()
print(v, m.tobytes())
m.release()
v.clear()
print(v)

# copies are independent of later mutation
orig = bytearray(range(5))
snap = orig.copy()
orig[1:3] = b""
print(orig, snap)
