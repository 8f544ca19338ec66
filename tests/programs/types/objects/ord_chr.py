# ord() and chr()

print(ord("a"), ord("\n"), ord("\u00e9"), ord("\u20ac"), ord("\U0001f600"), ord("\x00"))
print(ord(b"a"), ord(bytearray(b"\xff")), ord(b"\x00"))
print(chr(97), repr(chr(0)), chr(0x20ac), chr(0x1f600), repr(chr(0x10ffff)), chr(True))
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in range(65, 71)))

class Idx:
    def __index__(self):
        return 66
print(chr(Idx()))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("ord empty", lambda: ord(""))
attempt("ord two", lambda: ord("ab"))
attempt("ord bytes two", lambda: ord(b"ab"))
attempt("ord bytes empty", lambda: ord(b""))
attempt("ord int", lambda: ord(5))
attempt("ord list", lambda: ord(["a"]))
attempt("ord none", lambda: ord(None))
attempt("ord no args", lambda: ord())
attempt("chr neg", lambda: chr(-1))
attempt("chr big", lambda: chr(0x110000))
attempt("chr huge", lambda: chr(2 ** 100))
attempt("chr neg huge", lambda: chr(-2 ** 100))
attempt("chr float", lambda: chr(65.0))
attempt("chr str", lambda: chr("a"))
attempt("chr none", lambda: chr(None))
attempt("chr no args", lambda: chr())
attempt("chr two", lambda: chr(1, 2))
attempt("ord memoryview", lambda: ord(memoryview(b"z")))

class StrSub(str):
    pass
print(ord(StrSub("q")))

# round trip over a range of code points
ok = all(ord(chr(i)) == i for i in range(0, 0x11000, 7))
print(ok)
print(chr(0xd800) == "\ud800", ord("\ud800"), len(chr(0x10000)))
print(max("hello", key=ord), min(map(ord, "hello")))
