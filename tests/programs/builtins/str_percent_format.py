# printf-style % formatting
print("%s %r %a" % ("héllo", "héllo", "héllo"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%x" % -255, "%#o" % 0)
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print("%g %g %g %g %g" % (100000, 1000000, 0.0001, 0.00001, 123.456789))
print("%c%c%c" % (72, "i", 0x1F600), "%%", "%s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 33}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s, %s" % (1, 2), "%s" % ((1, 2),), "%r" % "'", '%r' % "a'b\"c")
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d" % 3.99, "%d" % -3.99, "%x" % True, "%s" % None, "%.3s" % None, "%i" % 10 ** 20)
print("%f" % float('inf'), "%e" % float('nan'), "%5.1f" % -0.0, "%+.0f" % 2.5, "%.0f" % 3.5, "%#.0f" % 3)
for fmt, arg in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab"), ("%x", 1.5), ("%c", -1)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, b"q"), b"%5s|" % b"ab", b"%a" % "é")
print("%s" % "%s", "%-8s|" % "日本", "%.3f%%" % 12.3456)
print("%o %o" % (-8, 2 ** 70), "%X" % 2 ** 70, "%e" % 10 ** 20, "%.15g" % 0.1, "%.17g" % 0.1)
print("%10.4s|" % "abcdefg", "%-+8.2f|" % 3.14159, "% 08.2f|" % 3.14159, "%+08d|" % -12)
