# memoryview basics
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tolist(), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim)
print(m == b, m[2:4] == b"cd", m.hex(), m.tobytes().decode())
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"hello world")
mv = memoryview(ba)
mv[0] = ord("J")
mv[6:11] = b"WORLD"
print(ba, mv.readonly, bytes(mv[:5]))
sub = mv[6:]
sub[0] = ord("w")
print(ba, len(sub), sub.tobytes())
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
print(list(memoryview(b"\x01\x02\x03")), [x for x in memoryview(bytearray(b"xy"))])
m2 = memoryview(b"xyz")
m2.release()
try:
    m2[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm[1])
print(bytes(memoryview(b"abc")[::-1]), bytearray(memoryview(b"qq")), b"-".join([memoryview(b"a"), b"b"]))
print(memoryview(b"abcd").cast("B").tolist(), memoryview(b"\x01\x00\x02\x00").cast("H").tolist())
print(int.from_bytes(memoryview(b"\x01\x00"), "little"), b"ab" + memoryview(b"cd"))
