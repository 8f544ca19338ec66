# del on bytearray slices, simple and extended.
base = b"0123456789"
cases = [
    slice(2, 5), slice(None, 3), slice(7, None), slice(None), slice(5, 2),
    slice(None, None, 2), slice(1, None, 2), slice(None, None, -1), slice(None, None, -3),
    slice(8, 1, -2), slice(-3, None), slice(100, 200), slice(-100, 2), slice(2, 9, 3),
    slice(0, 0, 5), slice(None, None, 11),
]
for s in cases:
    b = bytearray(base)
    del b[s]
    print(s.start, s.stop, s.step, b, len(b))

b = bytearray(base)
try:
    del b[::0]
except ValueError as e:
    print("ValueError", e)
try:
    del b[1:"x"]
except TypeError as e:
    print("TypeError", e)
del b[:]
print(b)
b = bytearray(base)
del b[1:3], b[0]
print(b)

# equivalence with slice assignment of an empty sequence
x = bytearray(base)
x[2:6] = b""
y = bytearray(base)
del y[2:6]
print(x == y, x)
x = bytearray(base)
try:
    x[::2] = b""
except ValueError as e:
    print("ValueError", e)
x[::2] = []
print(x)
