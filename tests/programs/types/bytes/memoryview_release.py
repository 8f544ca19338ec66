# memoryview.release(), the context manager, and use after release.
m = memoryview(b"abc")
print(m.tobytes())
m.release()
m.release()
ops = [
    ("len", lambda: len(m)),
    ("index", lambda: m[0]),
    ("slice", lambda: m[1:]),
    ("tobytes", lambda: m.tobytes()),
    ("tolist", lambda: m.tolist()),
    ("hex", lambda: m.hex()),
    ("nbytes", lambda: m.nbytes),
    ("format", lambda: m.format),
    ("itemsize", lambda: m.itemsize),
    ("readonly", lambda: m.readonly),
    ("shape", lambda: m.shape),
    ("ndim", lambda: m.ndim),
    ("obj", lambda: m.obj),
    ("cast", lambda: m.cast("B")),
    ("iter", lambda: list(m)),
    ("bytes", lambda: bytes(m)),
    ("memoryview", lambda: memoryview(m)),
    ("hash", lambda: hash(m)),
    ("in", lambda: 97 in m),
    ("toreadonly", lambda: m.toreadonly()),
    ("enter", lambda: m.__enter__()),
]
for label, op in ops:
    try:
        print(label, op())
    except ValueError as e:
        print(label, "ValueError", e)
print(m == m, m != m, m == b"abc")

with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm[0])
    inner = cm
try:
    inner.tobytes()
except ValueError as e:
    print("after with:", "ValueError", e)

src = bytearray(b"xyz")
with memoryview(src) as outer:
    sub = outer[1:]
    print(sub.tobytes())
print(sub.tobytes())
sub.release()
try:
    sub[0]
except ValueError as e:
    print("ValueError", e)

res = memoryview(b"q").__enter__()
print(res.tobytes())
print(memoryview(b"q").__exit__(None, None, None))

# release lets the bytearray resize again
b = bytearray(b"grow")
mv = memoryview(b)
mv.release()
b.extend(b"n")
print(b)
with memoryview(b) as tmp:
    pass
b.append(33)
print(b)
m2 = memoryview(b"hash me")
h = hash(m2)
m2.release()
print(h == hash(b"hash me"))
try:
    m.release(1)
except TypeError as e:
    print("TypeError", e)
