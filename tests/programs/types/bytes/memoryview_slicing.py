# memoryview indexing and slicing share the underlying memory.
data = bytearray(b"0123456789")
m = memoryview(data)
print(m[0], m[-1], m[5], type(m[0]).__name__)
s = m[2:8]
print(s.tobytes(), len(s), s[0], s[-1])
t = s[1::2]
print(t.tobytes(), len(t), t.strides)
r = m[::-1]
print(r.tobytes(), r[0], r[1:3].tobytes(), r[::-1].tobytes())
print(m[::3].tobytes(), m[::-3].tobytes(), m[-3:].tobytes(), m[:-7].tobytes())
print(m[100:].tobytes(), m[5:2].tobytes(), m[-100:2].tobytes())
data[3] = 65
print(s.tobytes(), t.tobytes(), r.tobytes())
for bad in (10, -11, 2 ** 70):
    try:
        m[bad]
    except IndexError as e:
        print("IndexError", e)
for bad in ("a", 1.0, None):
    try:
        m[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    m[1, 2]
except (TypeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    m[::0]
except ValueError as e:
    print("ValueError", e)
try:
    m[...]
    print("ellipsis ok", type(m[...]).__name__, m[...].tobytes())
except TypeError as e:
    print("TypeError", e)

class I:
    def __index__(self):
        return 4

print(m[I()], m[I():].tobytes(), m[True])
c = memoryview(bytes(range(12))).cast("H")
print(c[1], c[1:4].tolist(), c[::-2].tolist(), c[1:4].nbytes, c[::2].strides)
cs = c[::2]
try:
    cs.cast("B")
except TypeError as e:
    print("TypeError", e)
print(m[2:5] == b"234", m[2:5] == m[2:5], m[::2] == bytes(data[::2]))
print(m[1:1].tobytes(), len(m[1:1]), m[1:1].shape)
