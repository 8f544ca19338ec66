# format() of floats with every presentation type and precision.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e16, 1.5e-7, 12345678.9, 1e100, 5e-324, 0.5, 2.5, 1e-4, 9.9999, 99999.5]
for t in ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".1e", ".0f", ".2f", ".0g", ".1g", ".2g", ".10g", ".17g", ".3%", ".0%", "#.0f",
          "#.0e", "#g", "#.3g", "#", ".3", ".0", "r" if False else ".1"]:
    print(repr(t), [format(v, t) for v in vals])
inf, nan = float("inf"), float("nan")
for t in ["", "f", "F", "e", "E", "g", "G", "%", "+", " ", "08", "08F", "#", "=+10", "x^10"]:
    print(repr(t), [format(v, t) for v in [inf, -inf, nan, -nan]])
for v, spec in [(1.0, "d"), (1.0, "x"), (1.0, "c"), (1.0, "b"), (1.0, "s"), (1.0, ".f" if False else "z."), (1.0, ".1000000000000f" if False else ".x")]:
    try:
        print(repr(spec), format(v, spec))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(1e300, ".400f")[:40], len(format(1e300, ".400f")), format(2.0 ** -30, ".40f"), format(0.1, ".55f"))
print(format(123.456, ".60e"), format(1 / 3, ".30g"), format(2.0 ** 70, "f"), format(2.0 ** 70, ".0e"))
print(format(0.000012345, "g"), format(0.00012345, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(1234567.0, ".7g"))
print(format(100.0, "g"), format(100.0, "#g"), format(1e-5, "#.2g"), format(0.0, "#g"), format(0.0, "e"), format(-0.0, "g"))
print(format(1.25, ".1f"), format(1.35, ".1f"), format(0.125, ".2f"), format(2.675, ".2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0e"))
print(f"{3.14159:.3}", f"{3.14159:10.3f}|", f"{-3.14159:<10.2e}|", f"{1e-10:^12.3g}|", f"{1234.5:_.2f}", f"{1234567.891:,.3f}", f"{1e20:,.0f}")
print(f"{0.5:%}", f"{0.25:.0%}", f"{-1.0:+.1%}", f"{1/3:.2%}", f"{1e-9:%}", f"{1.0:10%}|")
print(format(1.5, "015,.2f"), format(-1234.5, "012,.1f"), format(1234.5, "=+12_"), format(1234.5, "012,"), format(-0.0, "010.3f"))
print(format(1e16, ""), format(1e16, "g"), format(1e16, "r" if False else ".17"), str(1e16), format(1.0, ""), format(1.0, "g"), format(1.0, "<5"))
