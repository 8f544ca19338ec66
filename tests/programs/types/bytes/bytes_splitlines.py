# splitlines(): only \n, \r and \r\n break lines in bytes (not \v, \f, \x1c, \x85).
samples = [
    b"",
    b"one",
    b"one\n",
    b"one\ntwo",
    b"a\r\nb\rc\nd",
    b"\n\n",
    b"\r\n\r\n",
    b"\r\r\n",
    b"x\x0by\x0cz\x1cw\x1dv\x1eu\x85t",
    b"trailing\r",
]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))

ba = bytearray(b"p\nq\r\n")
r = ba.splitlines(keepends=1)
print(r, type(r[0]).__name__)
print(ba.splitlines(False))
print(b"a\nb".splitlines(0), b"a\nb".splitlines(keepends="yes"))
try:
    b"a".splitlines(True, False)
except TypeError as e:
    print("TypeError", e)
try:
    b"a".splitlines(foo=True)
except TypeError as e:
    print("TypeError", e)
print("x\x0by\x85z".splitlines(), b"x\x0by\x85z".splitlines())
