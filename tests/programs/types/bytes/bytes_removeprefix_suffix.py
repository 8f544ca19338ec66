# removeprefix/removesuffix on bytes and bytearray.
s = b"prefix-body-suffix"
print(s.removeprefix(b"prefix-"), s.removesuffix(b"-suffix"))
print(s.removeprefix(b"body"), s.removesuffix(b"body"))
print(s.removeprefix(b""), s.removesuffix(b""))
print(s.removeprefix(s), s.removesuffix(s))
print(s.removeprefix(s + b"x"), s.removesuffix(b"x" + s))
print(b"aaa".removeprefix(b"a"), b"aaa".removesuffix(b"aa"))
print(b"".removeprefix(b"a"), b"".removesuffix(b""))
print(s.removeprefix(bytearray(b"pre")), s.removesuffix(memoryview(b"fix")))
ba = bytearray(b"xxdata")
r = ba.removeprefix(b"xx")
print(r, type(r).__name__, ba)
r = ba.removesuffix(b"zz")
print(r, type(r).__name__, r is ba)
print(ba.removesuffix(bytearray(b"ta")))

for bad in ("pre", 112, None, (b"p",)):
    try:
        s.removeprefix(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        ba.removesuffix(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: s.removeprefix(), lambda: s.removeprefix(b"a", b"b"), lambda: s.removesuffix(suffix=b"x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class Sub(bytes):
    pass

r = Sub(b"abc").removeprefix(b"a")
print(r, type(r).__name__)
r = Sub(b"abc").removeprefix(b"z")
print(r, type(r).__name__)
