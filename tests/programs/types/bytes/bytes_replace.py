# replace(old, new[, count]) on bytes and bytearray.
s = b"one two one two one"
print(s.replace(b"one", b"1"))
print(s.replace(b"one", b"1", 2))
print(s.replace(b"one", b"1", 0))
print(s.replace(b"one", b"1", -1))
try:
    print(s.replace(b"one", b"1", count=1))
except TypeError as e:
    print("TypeError", e)
print(s.replace(b"two", b""))
print(s.replace(b"missing", b"X"))
print(s.replace(b" ", b"  "))
# empty old inserts between bytes
print(b"abc".replace(b"", b"-"))
print(b"abc".replace(b"", b"-", 2))
print(b"".replace(b"", b"x"))
print(b"".replace(b"a", b"x"))
print(b"aaaa".replace(b"aa", b"b"))
print(b"aaa".replace(b"a", b"aa"))
print(b"\x00\x01\x00".replace(b"\x00", b"\xff"))
ba = bytearray(b"hello")
r = ba.replace(b"l", b"L")
print(r, type(r).__name__, ba)
print(ba.replace(bytearray(b"h"), memoryview(b"J")))
print(b"x".replace(bytearray(b"x"), bytearray(b"yz")))
# bytes.replace that changes nothing may return the same object
t = b"same"
print(t.replace(b"zz", b"q") == t)

class I:
    def __index__(self):
        return 1

print(b"aaa".replace(b"a", b"b", I()), b"aaa".replace(b"a", b"b", True))
for bad in (lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", "b"),
            lambda: b"a".replace(97, b"b"), lambda: b"a".replace(b"a"),
            lambda: b"a".replace(b"a", b"b", 1.0), lambda: b"a".replace(b"a", b"b", 1, 2),
            lambda: bytearray(b"a").replace(None, b"")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
