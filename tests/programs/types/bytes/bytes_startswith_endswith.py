# startswith/endswith with bytes, tuples and start/end.
s = b"hello world"
print(s.startswith(b"hello"), s.startswith(b"world"), s.endswith(b"world"), s.endswith(b"hello"))
print(s.startswith(b""), s.endswith(b""), b"".startswith(b""), b"".endswith(b"x"))
print(s.startswith((b"x", b"he")), s.endswith((b"x", b"y")), s.startswith(()))
print(s.startswith(b"world", 6), s.startswith(b"wor", 6, 8), s.startswith(b"wor", 6, 9))
print(s.endswith(b"hello", 0, 5), s.endswith(b"o", 0, -6), s.endswith(b"d", -1))
print(s.startswith(b"", 11), s.startswith(b"", 12), s.endswith(b"", 5, 4), s.startswith(b"", 5, 4))
print(s.startswith(bytearray(b"hel")), s.endswith(memoryview(b"rld")))
print(s.startswith((bytearray(b"q"), memoryview(b"h"))))
print(s.startswith(b"h", None), s.endswith(b"d", None, None), s.startswith(b"e", 1, None))
ba = bytearray(s)
print(ba.startswith(b"hello"), ba.endswith((b"d",)), ba.startswith(b"w", -5))

for bad in ("hello", 104, [b"h"], None):
    try:
        s.startswith(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        ba.endswith(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ((b"h", "h"), ("h",), (b"h", 1)):
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(s.endswith(bad))
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: s.startswith(), lambda: s.startswith(b"h", "0"),
            lambda: s.endswith(b"h", 0, 1, 2), lambda: s.startswith(prefix=b"h")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(s.startswith(b"h", -100), s.endswith(b"d", 0, 100), s.startswith(b"h", 2 ** 70))
