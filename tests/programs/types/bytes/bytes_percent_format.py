# printf-style formatting of bytes: %b %s %r %a %c %d %x %o %e %f %%.
print(b"%b and %b" % (b"bytes", bytearray(b"array")))
print(b"%s" % b"s is b", b"%s" % memoryview(b"view"))
print(b"%r" % b"r", b"%r" % "text", b"%r" % 42, b"%r" % [1, "\xe9"])
print(b"%a" % "caf\xe9", b"%a" % b"\xff")
print(b"%c%c%c" % (72, b"i", bytearray(b"!")))
print(b"%d %i %u" % (1, -2, 3), b"%5d|%-5d|%05d" % (4, 5, 6))
print(b"%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print(b"%e %.2f %g %E %G" % (12345.678, 3.14159, 0.0001, 1e10, 1e-10))
print(b"%10.3f|%-10s|%+d" % (2.5, b"left", 7))
print(b"%%" % (), b"100%%" % ())
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"%5b|%-5b|%.2b" % (b"ab", b"cd", b"efgh"))
print(b"%s" % (b"tuple",), b"%s %s" % (b"a", b"b"))
print(bytearray(b"%s-%d") % (b"ba", 1), type(bytearray(b"%s") % b"").__name__)
print(b"no format" % (), b"no format" % {})
print(b"%d" % True, b"%x" % False, b"%.3d" % 7)
print(b"%c" % 0, b"%c" % 255)

class HasBytes:
    def __bytes__(self):
        return b"custom"

print(b"%b %s" % (HasBytes(), HasBytes()))

cases = [
    (b"%b", "str"),
    (b"%s", 5),
    (b"%b", None),
    (b"%c", 256),
    (b"%c", -1),
    (b"%c", "a"),
    (b"%c", b"ab"),
    (b"%d", "1"),
    (b"%d", b"1"),
    (b"%x", 1.5),
    (b"%f", "x"),
    (b"%d %d", (1,)),
    (b"%d", (1, 2)),
    (b"%z", 1),
    (b"%", ()),
    (b"%(x)s", 5),
    (b"%(x)s", {}),
    (b"%s %(x)s", {b"x": 1}),
    (b"%*d", ("a", 1)),
    (b"%.*f", (None, 1.0)),
    (b"%c", 2 ** 70),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    print(b"%s" % "text")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % b"x")
except TypeError as e:
    print("TypeError", e)
print(b"%r" % HasBytes().__class__.__name__)
print(5 .__rmod__(b"x"), b"%d".__mod__(3), bytes.__rmod__(b"a", b"%s"))

class BadFloat:
    def __float__(self):
        raise ValueError("inner")

for v in (10 ** 400, BadFloat(), 2.5, 3):
    try:
        print(b"%.1f" % v)
    except TypeError as e:
        print("TypeError", e)
    try:
        print("%.1f" % v)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# one C length modifier (h, l, L) is skipped; a second one is a bad conversion
for fmt in (b"%ld", b"%Ld", b"%hs", b"%lld", b"%hhd", b"%lh", b"%l", b"%5l"):
    try:
        print(fmt, fmt % 5 if fmt != b"%hs" else fmt % b"s")
    except ValueError as e:
        print(fmt, "ValueError", e)
