# printf-style %-formatting.

print("%s is %d years old" % ("ann", 31))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u" % (3.9, -3.9, 7))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %f %.3f %F %g %G %.3g" % (12345.678, 12345.678, 12345.678, 1.5, 2 / 3, 1e100, 0.00001, 1e-10, 3.14159))
print("%10.3f|%-10.2f|%010.4f|%+.1f" % (3.14159, 2.5, -1.5, 0.05))
print("%c%c%c" % (80, "y", 0x263A))
print("%r %s %a" % ("é", "é", "é"))
print("100%% sure, %s%%" % 50)

# Mapping keys
record = {"name": "widget", "price": 9.5, "qty": 3}
print("%(name)s costs %(price).2f (x%(qty)d) = %(total)08.3f" % dict(record, total=record["price"] * record["qty"]))

# * for width and precision
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))

# A single non-tuple argument
print("value: %s" % [1, 2])
print("value: %s" % ((1, 2),))
print("value: %r" % {"k": 1})

# Errors
cases = [
    ("%d", "x"),
    ("%s %s", ("one",)),
    ("%s", ("a", "b")),
    ("%z", 1),
    ("%(missing)s", {"other": 1}),
    ("%c", "ab"),
    ("%d", None),
    ("%(a)s %s", {"a": 1}),
    ("%", ()),
    ("%c", -1),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r:14} {type(e).__name__}: {e}")

# bytes %-formatting
print(b"%s-%d-%x" % (b"ab", 5, 255), b"%5b|" % b"x")

# Percent formatting a custom object
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c}C"
    def __repr__(self):
        return f"Temp({self.c})"
    def __int__(self):
        return int(self.c)
    def __float__(self):
        return float(self.c)
    def __index__(self):
        return int(self.c)
t = Temp(21.7)
print("%s %r %.1f %d %x" % (t, t, t, t, t))
