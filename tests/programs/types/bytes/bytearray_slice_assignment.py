# bytearray slice assignment: simple slices resize, extended slices must match in size.
b = bytearray(b"0123456789")
b[2:5] = b"abc"
print(b)
b[2:5] = b"X"
print(b)
b[2:3] = b"long run"
print(b)
b[:0] = b">>"
print(b)
b[len(b):] = b"<<"
print(b)
b[3:3] = [65, 66]
print(b)
b[5:2] = b"!"
print(b)
b[-2:] = bytearray(b"END")
print(b)
b[:] = memoryview(b"fresh")
print(b)
b[1:4] = range(97, 100)
print(b)
b[0:2] = (x for x in [49, 50, 51])
print(b)
b[:] = b""
print(b, len(b))

c = bytearray(b"abcdefgh")
c[::2] = b"ABCD"
print(c)
c[1::2] = [49, 50, 51, 52]
print(c)
c[::-1] = b"zyxwvuts"
print(c)
c[6:1:-2] = b"123"
print(c)
c[::3] = b"QRS"
print(c)
c[100:200:2] = b""
print(c)

for value, step in ((b"12", 2), (b"12345", 2), (b"", 3)):
    try:
        c[::step] = value
    except ValueError as e:
        print("ValueError", e)
for value in (5, "str", None, 1.5):
    try:
        c[0:2] = value
    except TypeError as e:
        print("TypeError", e)
for value in ([1, 256], [-1]):
    try:
        c[0:2] = value
    except ValueError as e:
        print("ValueError", e)
try:
    c[0:2] = [1, "x"]
except TypeError as e:
    print("TypeError", e)
try:
    c[::0] = b""
except ValueError as e:
    print("ValueError", e)
print(c)

# assigning a bytearray to a slice of itself
d = bytearray(b"abcdef")
d[1:3] = d
print(d)
d = bytearray(b"abcdef")
d[::2] = d[1::2]
print(d)
d = bytearray(b"abc")
d[:] = d * 2
print(d)
