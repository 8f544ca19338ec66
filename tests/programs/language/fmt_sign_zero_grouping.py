# Sign handling, zero padding, and thousands separators.

values = [0, 7, -7, 1234567, -1234567, 10**12]
for v in values:
    print(f"{v:+} | {v:-} | {v: } | {v:,} | {v:_} | {v:+,} | {v:012,} | {v:+015_}")

floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, -0.001]
for f in floats:
    print(f"{f:+.2f} | {f: .2f} | {f:,.2f} | {f:_.3f} | {f:010.2f} | {f:+012,.1f} | {f:z.1f} | {f:+z.0f}")

# Grouping with other integer presentations
n = 0xDEADBEEF
print(f"{n:_x} | {n:_X} | {n:#_x} | {n:_b} | {n:#_o} | {n:,d}")
print(f"{255:_b} {255:#010_b} {65535:#_x} {-65535:_x}")

# Grouping with zero padding puts separators into the padding
print(f"{42:08,} | {42:09_} | {-42:08,} | {1234:010,.1f}")

# Sign-aware zero padding for floats and ints in various widths
for width in range(3, 9):
    print(f"{-3.5:0{width}.1f} {3:+0{width}d}")

# Negative zero normalisation with 'z'
print(f"{-0.0001:.2f} {-0.0001:z.2f} {-0.0:z} {-0.0:z.0e} {-1e-9:zg}")

# Grouping is rejected for some types
for spec in [",s", ",c", "_s", ",,", ",_", "_,"]:
    try:
        print(format(1, spec) if "s" not in spec else format("x", spec))
    except ValueError as e:
        print(spec, "->", type(e).__name__, e)

print(f"{1e16:,.0f} {123456789.987654:,.4f} {1e6:_g} {1234.5:,g} {12345678.9:,e}")
