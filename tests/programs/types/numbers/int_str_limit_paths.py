import sys
# Every path that converts int <-> decimal text respects the digit limit; power-of-two bases do not.
sys.set_int_max_str_digits(1000)
edge = 10 ** 1000 - 1
print(len(str(edge)), len(str(-edge)), len(repr(edge)))
over = 10 ** 1000
for name, conv in [("str", str), ("repr", repr), ("format", format), ("fmt_d", lambda v: format(v, "d")), ("fmt_comma", lambda v: format(v, ",")),
                   ("fmt_n", lambda v: format(v, "n")), ("fmt_width", lambda v: format(v, ">2000")), ("pct_d", lambda v: "%d" % v),
                   ("pct_i", lambda v: "%i" % v), ("pct_s", lambda v: "%s" % v), ("pct_r", lambda v: "%r" % v), ("fstr", lambda v: f"{v}"),
                   ("fstr_r", lambda v: f"{v!r}"), ("strfmt", lambda v: "{}".format(v)), ("list", lambda v: str([v])), ("neg", lambda v: str(-v)),
                   ("x", lambda v: format(v, "x")), ("b", lambda v: bin(v)), ("o", lambda v: "%o" % v), ("hex", hex), ("e", lambda v: "%e" % v)]:
    try:
        r = conv(over)
        print(name, "ok", len(r))
    except ValueError as e:
        print(name, "ValueError", e)
for text, base in [("1" * 1001, 10), ("1" * 1000, 10), ("-" + "1" * 1001, 10), ("1" * 1001, 3), ("1" * 1001, 36), ("1" * 2000, 16), ("1" * 2000, 8),
                   ("1" * 2000, 2), ("1" * 2000, 32), ("1" * 2000, 4), ("0x" + "f" * 2000, 0), ("0" * 1001, 10), ("  " + "2" * 1001 + "  ", 10),
                   ("1_" * 600 + "1", 10), ("1" * 1001, 0), (b"7" * 1001, 10)]:
    try:
        v = int(text, base)
        print(base, "ok", v.bit_length())
    except ValueError as e:
        print(base, "ValueError", e)
try:
    float("1" * 5000)
    print("float ok")
except ValueError as e:
    print("ValueError", e)
try:
    complex("1" * 5000)
    print("complex ok")
except ValueError as e:
    print("ValueError", e)
print(len(str(float(10 ** 300))), int(1e300).bit_length(), round(10 ** 2000, -1999) == 10 ** 2000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), int("9" * 20000) % 1001)
sys.set_int_max_str_digits(4300)
print(len(str(-(10 ** 4300 - 1))))
try:
    str(-(10 ** 4300))
except ValueError as e:
    print("ValueError", e)
try:
    int("-" + "1" * 4301)
except ValueError as e:
    print("ValueError", e)
