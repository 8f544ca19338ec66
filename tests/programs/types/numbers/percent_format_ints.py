# %-formatting of integers: d i u x X o c, flags, width, precision, '*', errors.
vals = [0, 7, -7, 255, -255, 2**64, -(2**40)]
for spec in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%+05d", "%.3d", "%8.3d",
             "%-8.3x|", "%#.3o", "%#8x", "%#08x", "%#-8o|", "% 06d", "%+.0d", "%.0d", "%.0x", "%#.0o", "%#.0x", "%08.4d", "%+#o"]:
    print(repr(spec), [spec % v for v in vals])
print("%c%c%c" % (72, "i", 0x1F600), "%5c|%-5c|" % (65, "z"), "%c" % True)
for fmt, arg in [("%c", -1), ("%c", 0x110000), ("%c", "ab"), ("%c", 1.5), ("%c", ""), ("%d", "1"), ("%x", 1.5), ("%o", 2.0), ("%d", None),
                 ("%i", [1]), ("%u", 1j), ("%x", "a"), ("%X", None), ("%c", 2**80)]:
    try:
        print(repr(fmt), fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%d" % 1e20, "%u" % -2.5)
class I:
    def __index__(self):
        return 26
class N:
    def __int__(self):
        return 9
class FloatLike:
    def __float__(self):
        return 2.5
print("%x %o %d %c" % (I(), I(), I(), I()))
for fmt, arg in [("%d", N()), ("%x", N()), ("%d", FloatLike()), ("%x", FloatLike())]:
    try:
        print(repr(fmt), fmt % arg)
    except TypeError as e:
        print(repr(fmt), "TypeError", e)
print("%*d|%-*d|%.*d|%*.*x" % (5, 1, 4, 2, 3, 3, 8, 4, 255))
for fmt, args in [("%*d", ("a", 1)), ("%.*d", (1.5, 1)), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)d %d", {"a": 1}), ("%", ()), ("%z", 1), ("%d%", 1),
                  ("%(a)d", (1,)), ("%(a", {"a": 1}), ("%*d", (2**70, 1))]:
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%(x)d-%(y)05.1f-%(x)#x" % {"x": 10, "y": 2.25}, "%%%d%%" % 5, "%s %r %a" % (10**20, -3, 2**3))
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "my" + int.__repr__(self)
print("%d %s %r %x %i" % (MyInt(5), MyInt(5), MyInt(5), MyInt(255), MyInt(-1)))
print(b"%d %x %o %c %5d|%-5i|" % (42, 255, 8, 65, -3, 7), b"%c" % b"z", b"%#x" % 255)
try:
    b"%c" % 256
except OverflowError as e:
    print("OverflowError", e)
try:
    b"%c" % "a"
except TypeError as e:
    print("TypeError", e)
