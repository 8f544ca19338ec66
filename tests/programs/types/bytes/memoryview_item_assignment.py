# Writing through memoryviews of a bytearray; read-only views refuse.
buf = bytearray(b"abcdef")
m = memoryview(buf)
m[0] = 65
m[-1] = 70
print(buf)
m[1:3] = b"XY"
print(buf)
m[::2] = b"123"
print(buf)
m[3:5] = bytearray(b"__")
m[:2] = memoryview(b"!!")
print(buf)
m[::-1] = b"zyxwvu"
print(buf)
m[2:2] = b""
print(buf)
m[True] = 63
print(buf)

for value in (256, -1, 2 ** 70):
    try:
        m[0] = value
    except ValueError as e:
        print("ValueError", e)
for value in (b"a", "a", 1.5, None):
    try:
        m[0] = value
    except TypeError as e:
        print("TypeError", e)
for value in (b"short", b"toolongvalue", bytearray(b"x")):
    try:
        m[0:3] = value
    except ValueError as e:
        print("ValueError", e)
for value in ("str", 5, [1, 2, 3]):
    try:
        m[0:3] = value
    except TypeError as e:
        print("TypeError", e)
for index in (6, -7):
    try:
        m[index] = 1
    except IndexError as e:
        print("IndexError", e)
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del m[0]
except TypeError as e:
    print("TypeError", e)
try:
    del m[0:1]
except TypeError as e:
    print("TypeError", e)

ro = memoryview(b"readonly")
for key in (0, slice(0, 1)):
    try:
        ro[key] = b"x" if isinstance(key, slice) else 1
    except TypeError as e:
        print("TypeError", e)
ro2 = memoryview(buf).toreadonly()
try:
    ro2[0] = 1
except TypeError as e:
    print("TypeError", e)

# writes through a slice land in the original
sub = m[2:5]
sub[0] = 48
sub[1:] = b"99"
print(buf, sub.tobytes())

# cast views
h = memoryview(bytearray(6)).cast("H")
h[0] = 513
h[2] = 65535
print(h.tolist(), h.obj)
for value in (65536, -1):
    try:
        h[1] = value
    except ValueError as e:
        print("ValueError", e)
try:
    h[0:1] = b"\x01\x00"
except ValueError as e:
    print("ValueError", e)
h[0:1] = memoryview(bytearray(b"\x07\x00")).cast("H")
print(h.tolist())
c = memoryview(bytearray(b"abc")).cast("c")
c[0] = b"Z"
print(c.obj)
for value in (b"zz", 65, "Z"):
    try:
        c[1] = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bl = memoryview(bytearray(2)).cast("?")
bl[0] = "truthy"
bl[1] = 0
print(bl.tolist(), bl.obj)
