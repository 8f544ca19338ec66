# Flags, widths and precisions in bytes %-formatting, and mapping keys.
for fmt in (b"[%5s]", b"[%-5s]", b"[%.1s]", b"[%5.1s]", b"[%*s]", b"[%-*s]"):
    args = (b"abc",) if b"*" not in fmt else (6, b"abc")
    print(fmt, fmt % args)
for fmt in (b"%d", b"%+d", b"% d", b"%05d", b"%-5d|", b"%+05d", b"%.3d", b"%5.3d", b"%x", b"%#X", b"%#o", b"%#5x", b"%-#8o|"):
    print(fmt, fmt % 42, fmt % -42)
for fmt in (b"%f", b"%.0f", b"%#.0f", b"%e", b"%.3e", b"%g", b"%#g", b"%G", b"%10.2f|", b"%-10.2f|", b"%+.1f", b"% .1f", b"%010.3f"):
    print(fmt, fmt % 3.14159, fmt % -0.0, fmt % 1e20)
print(b"%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print(b"%c|%3c|%-3c|" % (65, 66, 67))
print(b"%(name)s is %(age)d; %(name)r" % {b"name": b"Bo", b"age": 7})
print(b"%(a)s" % {b"a": b"1", "a": b"2"})
try:
    b"%(a)s" % {"a": 1}
except KeyError as e:
    print("KeyError", e)
print(b"%r" % ({b"k": 1},), b"%r" % {b"k": 1})
print(b"%s" % [1, 2] if False else b"skip")
try:
    b"%s" % [1, 2]
except TypeError as e:
    print("TypeError", e)

class M:
    def __getitem__(self, key):
        return key * 2

print(b"%(ab)s-%(c)s" % M())
for fmt in (b"%5%|%-5%|", b"%%|%5%"):
    try:
        print(fmt % ())
    except TypeError as e:
        print("TypeError", e)
print(b"%5%" % (1,) if False else b"", b"%s%%" % b"x")
print(bytearray(b"%c%c") % (b"a", bytearray(b"b")))
print(b"%x" % 2 ** 70, b"%d" % -2 ** 70, b"%o" % 2 ** 40)

class Idx:
    def __index__(self):
        return 255

print(b"%x %c %o" % (Idx(), Idx(), Idx()))
try:
    b"%d" % Idx()
except TypeError as e:
    print("TypeError", e)
print(b"%i" % 3.99, b"%d" % True, b"%x" % True)
