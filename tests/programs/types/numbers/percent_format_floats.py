# %-formatting of floats: e E f F g G r s, flags, precision, special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e16, 1.5e-7, 1e100, 5e-324, 2.5, 1e-4, 99999.5, 1234567.0]
for spec in ["%f", "%F", "%e", "%E", "%g", "%G", "%.0f", "%.2f", "%.0e", "%.3e", "%.0g", "%.3g", "%#.0f", "%#.0e", "%#g", "%#.3g", "%+f", "% .2e",
             "%10.3f|", "%-10.2g|", "%010.2f", "%+010.1e", "%-+10.1G|", "%s", "%r", "%.20g", "%5s|", "%.3s", "%#10.3G"]:
    print(repr(spec), [spec % v for v in vals])
inf, nan = float("inf"), float("nan")
for spec in ["%f", "%F", "%e", "%E", "%g", "%G", "%010f", "%+f", "% f", "%-8f|", "%#f", "%.3f", "%s", "%r"]:
    print(repr(spec), [spec % v for v in [inf, -inf, nan]])
print("%f %e %g" % (1, 2**60, True), "%.2f" % 10**20, "%g" % 10**17, "%f" % (2**53 + 1), "%.1f" % 0.25, "%.1f" % 0.35, "%.0f" % 0.5, "%.0f" % 1.5)
class F:
    def __float__(self):
        return 3.25
class I:
    def __index__(self):
        return 4
print("%f %e %g" % (F(), I(), F()))
for fmt, arg in [("%f", "1.0"), ("%e", None), ("%g", [1.0]), ("%f", 1j), ("%f", 10**400), ("%.500f", 1.0), ("%F", "x")]:
    try:
        r = fmt % arg
        print(repr(fmt), len(r), r[:20])
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%.100f" % 0.1, "%.60e" % 1e-300)
print("%.50g" % (1 / 3), "%.17g" % 0.1, "%.16g" % 0.1, "%.1g" % 15.0, "%.1g" % 25.0, "%.2g" % 0.000125)
print("%(a).2f|%(b)+.1e|%(a)r" % {"a": 2.675, "b": -1e-5}, "%*.*f" % (10, 3, 3.14159), "%-*.*e|" % (12, 1, 12345.678))
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
print("%s %r %f %.1e" % (MyFloat(1.5), MyFloat(1.5), MyFloat(1.5), MyFloat(1.5)))
print(b"%f %e %g %.2f" % (1.5, 2.5, 3.5, -0.0) if False else "bytes-float-skip")
print(b"%.3f|%10.2e|%-8g|" % (3.14159, 1e10, 0.5))
