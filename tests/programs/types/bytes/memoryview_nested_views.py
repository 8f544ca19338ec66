# Views of views: slices of slices, casts of slices, bytes() of non-byte formats, hashing.
base = bytes(range(20))
m = memoryview(base)
a = m[2:18]
b = a[::2]
c = b[1:-1]
d = c[::-1]
for label, v in (("a", a), ("b", b), ("c", c), ("d", d)):
    print(label, v.tolist(), len(v), v.strides, v.obj is base, v.contiguous)
print(d[::-2].tolist(), d[1::3].tolist(), b[::-1][::-1].tolist())
print(memoryview(d).tolist(), memoryview(d).strides)
h = m[4:12].cast("H")
print(h.tolist(), h[1:3].tolist(), bytes(h), bytearray(h), list(h))
print(h[::2].tolist(), bytes(h[::2]), h[::2].nbytes, h[::2].strides)
i = m[:16].cast("I")[::-1]
print(i.tolist(), bytes(i).hex(" ", 4))
print(hash(m[1:4]) == hash(base[1:4]), hash(m.cast("b")[:3]) == hash(base[:3]), hash(m.cast("c")[2:5]) == hash(base[2:5]))
try:
    hash(h)
except ValueError as e:
    print("ValueError", e)
print(b"\x03" in m.cast("c"), 3 in m, 3 in h, 1284 in h, 0x0504 in h.tolist())
wb = bytearray(16)
w = memoryview(wb)
w[4:8].cast("I")[0] = 0x01020304
print(wb.hex())
w[::4] = b"\xaa\xbb\xcc\xdd"
print(wb.hex())
w[8:].cast("H")[::-1] = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00")).cast("H")
print(wb.hex())
print(w[8:].cast("H").tolist())
sub = memoryview(memoryview(wb)[1:5])
sub[0] = 7
print(wb[1], sub.obj is wb)
