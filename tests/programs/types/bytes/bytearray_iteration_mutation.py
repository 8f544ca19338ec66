# Iterating a bytearray sees mutations made during the iteration; length hints follow.
b = bytearray(b"abc")
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x + 1)
print(seen, b)

b = bytearray(b"abcdef")
out = []
for i, x in enumerate(b):
    out.append(chr(x))
    if i == 1:
        del b[3:]
print(out, b)

b = bytearray(b"xyz")
it = iter(b)
print(it.__length_hint__(), next(it), it.__length_hint__())
b.extend(b"123")
print(it.__length_hint__(), list(it), it.__length_hint__())
b.append(33)
print(list(it))

b = bytearray(b"ab")
it = iter(b)
next(it)
b.clear()
print(list(it), it.__length_hint__())

bi = iter(b"const")
print(bi.__length_hint__(), next(bi), bi.__length_hint__(), list(bi), bi.__length_hint__())
m = memoryview(bytearray(b"mv"))
mi = iter(m)
print(next(mi), next(mi), next(mi, None))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__, type(iter(memoryview(b""))).__name__)
# reversed() works through __len__/__getitem__
print(list(reversed(b"abc")), list(reversed(bytearray(b"abc"))), bytes(reversed(b"xyz")))
r = reversed(bytearray(b"12"))
print(type(r).__name__)
print(list(enumerate(b"hi")), list(zip(b"ab", bytearray(b"cd"))))
print(sorted(bytearray(b"banana")), bytes(sorted(b"banana")), sum(b"\x01\x02"))
print(list(map(chr, b"map")), [c for c in b"" ])
