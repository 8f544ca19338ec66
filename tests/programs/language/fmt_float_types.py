# Float presentation types: e E f F g G % and default repr.

values = [0.0, 1.0, -2.5, 3.14159265358979, 1234567.0, 0.000012345, 1e100, 123.456e-20, 2.5, 0.5]
for v in values:
    print(f"{v!r:>22} | {v:e} | {v:.2E} | {v:f} | {v:.1F} | {v:g} | {v:.3G} | {v:.1%}")

# Default (no type) vs g vs repr
for v in [1.0, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 100.0, 1e22, 12345.678]:
    print(f"{v} | {v:} | {v:g} | {v:.12} | {v:.12g} | {v!r}")

# The '#' alternate form keeps trailing zeros / decimal point
print(f"{1.0:#g} {1.0:#.0f} {1.5:#.0e} {100:#.3g} {0.0001:#g} {5:#.0f}")

# Rounding is round-half-even on the exact binary value
print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")

# Special values
for v in [float("inf"), float("-inf"), float("nan")]:
    print(f"{v} {v:f} {v:F} {v:e} {v:E} {v:g} {v:G} {v:%} {v:+} {v:010}")

# Percent
print(f"{0.25:%} {0.25:.0%} {1:.1%} {-0.0005:.2%} {2/3:.3%}")

# Precision limits and large values
print(f"{1/7:.20f}")
print(f"{2**0.5:.50f}")
print(f"{1e300 * 10:.3e} {1e-320:g} {5e-324!r} {1.7976931348623157e308!r}")
print(f"{123456789:.3e} {123456789:.10g} {0.1:.30f}")

# repr vs str of floats
for v in [0.1, 1e15, 1e16, 1.5e-4, 1e-4, 1e-5, -0.0, 3.0, 2.0**60, 10.0**16 + 1]:
    print(repr(v), str(v))
