# Format many floats with many presentation types
values = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 123.456, 1e-10, 1.5e-5, 9.99999, 99999.5, 1234567.0, 1e15, 1e16, 1.23e22, -7.2e-300, float("inf"), float("nan")]
specs = ["", "f", ".0f", ".1f", ".3f", "e", ".0e", ".2e", "g", ".1g", ".3g", ".10g", "#g", "%", ".1%", "10.2f", "<10.2e", "+g", "E", "G", "n"]
for v in values:
    print(repr(v).ljust(12), " ".join(format(v, s) for s in specs))
print("%.0f %.0f %.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5, -0.5, -1.5))
print("%.2f %.2f %.2f %.2f" % (0.125, 0.375, 2.675, 1.005))
print("%.20g|%.17g|%.16g|%.15g" % (0.1, 0.1, 0.1, 0.1))
print("%g %g %g %g %g" % (1e-4, 1e-5, 123456, 1234567, 0.000123456789))
print(format(1e300 * 10, ""), format(-1e300 * 10, "+"), format(float("nan"), "08.2f"), format(float("inf"), "<8") + "|")
print(format(5e-324, ""), format(5e-324, ".3e"), format(2.2250738585072014e-308, "g"), format(1.7976931348623157e308, ".17g"))
for p in range(0, 18, 3):
    print(p, format(2 / 3, f".{p}f"), format(2 / 3, f".{p}e"), format(2 / 3, f".{p}g"), format(1e22 / 7, f".{p}g"), format(-1 / 3, f"+.{p}%"))
print(format(0.5, ".0%"), format(0.005, ".0%"), format(0.015, ".0%"), format(0.025, ".1%"), format(123.456, "=+12.3f"))
print(format(1234567.891, ",.3f"), format(-1234567.891, "_.1f"), format(1e-7, ",.10f"), format(9.5, ".0f"), format(10.5, ".0f"))
print(format(0.1, ".17f"), format(0.1, ".25f"), format(1 / 3, ".20e"), format(2 ** 0.5, ".16g"), format(2 ** 0.5, ".17g"))
print("%.3a" % 1.0 if False else float.hex(1 / 3), format(1e16, ".1f"), format(1.5e300, ".2e"), format(-0.0, "+08.2f"))
print(format(3.0, "#.0e"), format(3.0, "#.3g"), format(100.0, "#g"), format(0.0001, "#.2g"), format(12345678.9, "#.3g"))
for v in (5e-5, 5e-4, 0.5, 5.0, 5e4, 5e15, 5e16):
    print(v, f"{v}", f"{v:g}", f"{v:.3}", f"{v:.3g}", f"{v:#.3}", f"{v:10.2e}|", f"{v:<10}|", f"{v:n}")
print(f"{1.0:.0}", f"{1.5:.0}", f"{2.5:.1}", f"{12.5:.2}", f"{0.000123456:.3}", f"{123456.0:.3}", f"{1e100:.0}")
