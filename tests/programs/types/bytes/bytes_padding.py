# center/ljust/rjust/zfill on bytes and bytearray.
s = b"abc"
for w in (-1, 0, 2, 3, 4, 5, 6, 9):
    print(w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.zfill(w)))
print(s.center(8, b"*"), s.ljust(6, b"-"), s.rjust(6, bytearray(b".")), s.center(7, bytearray(b"#")))
try:
    s.center(7, memoryview(b"#"))
except TypeError as e:
    print("TypeError", e)
print(b"".center(3, b"x"), b"".zfill(3), b"".ljust(0))
# centering parity matches CPython
for n in range(1, 6):
    for w in range(n, n + 4):
        print(n, w, (b"x" * n).center(w, b"_"), end="; ")
    print()
for v in (b"42", b"-42", b"+42", b"-", b"+", b"--1", b"abc", b"-abc", b"0", b" 1"):
    print(repr(v), v.zfill(5), v.zfill(1))
ba = bytearray(b"hi")
for name in ("center", "ljust", "rjust"):
    r = getattr(ba, name)(5, b"!")
    print(name, r, type(r).__name__)
print(ba.zfill(4), type(ba.zfill(4)).__name__, ba.zfill(1) is ba)

for bad in (b"", b"ab", "x", 32, None):
    try:
        s.center(5, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        bytearray(s).ljust(5, bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: s.center(), lambda: s.center(1.5), lambda: s.rjust("5"), lambda: s.zfill(),
            lambda: s.zfill(None), lambda: s.ljust(5, b"x", 1), lambda: s.center(width=5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class W:
    def __index__(self):
        return 6

print(s.center(W()), s.zfill(W()), s.rjust(True))
