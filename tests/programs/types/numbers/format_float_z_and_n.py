# The 'z' option (negative zero coercion) and locale-free 'n' for floats and complex.
for v in [-0.0, 0.0, -0.0001, -0.4, -0.5, -1e-20, -1.0, 0.0001, float("-inf"), float("nan")]:
    print(repr(v), format(v, "z.1f"), format(v, "z.0f"), format(v, "+z.2f"), format(v, " z.3e"), format(v, "zg"), format(v, "z.0%"), format(v, "z"))
print(f"{-0.0:z}", f"{-0.0:z.3}", f"{-1e-7:z.2g}", f"{-0.0:z>8.1f}", f"{-0.001:z=+8.1f}", f"{-0.0:z010.2f}")
print(format(complex(-0.0, -0.0), "z.1f"), format(complex(-0.001, 0.001), "z.1f"), format(complex(-0.0, -0.0), ".1f"), format(-1e-9j, "z"))
for bad in [(1, "z"), (1, "zd"), ("s", "z"), (1.0, "zz"), (1.0, "z#z"), (1.0, "-z"), (1.0, "z+")]:
    try:
        print(repr(bad[1]), format(*bad))
    except ValueError as e:
        print(repr(bad[1]), "ValueError", e)
for v in [0.0, 1234.5, -1234567.891, 1e20, 1.5e-5, 123456789.0]:
    print(format(v, "n"), format(v, ".3n"), format(v, "10n"), format(v, "010n"), format(v, "+n"))
print(format(12345678, "n"), format(-1234, "08n"), format(1234, ".2%"))
try:
    format(1234, ",n")
except ValueError as e:
    print("ValueError", e)
try:
    format(1234.5, "_n")
except ValueError as e:
    print("ValueError", e)
try:
    format(1234.5, ",s")
except ValueError as e:
    print("ValueError", e)
try:
    format("abc", ",")
except ValueError as e:
    print("ValueError", e)
try:
    format("abc", "=5")
except ValueError as e:
    print("ValueError", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, "c")
except ValueError as e:
    print("ValueError", e)
print(format(-0.0, ""), format(-0.0, "z"), format(0.0, "z"), format(-0.0, "z.0"), format(-0.5, "z.0f"), format(-0.5, "z.0e"))
