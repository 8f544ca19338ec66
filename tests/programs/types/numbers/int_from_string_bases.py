# int(str, base) for every base, underscores, signs and whitespace.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[base - 1] * 3
    print(base, int(s, base), int(s.upper(), base), int("-" + s, base), int("10", base))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("0B11", 0), int("0O7", 0), int("0X_ff", 0), int("42", 0))
print(int("0b_1_0", 2), int("0o_7", 8), int("0x_a", 16), int("0", 0), int("000", 0), int("0_0", 0))
print(int("  -12  "), int("+7"), int("\t\n 3 \r\f\v"), int("1_000_000"), int("-0"), int("\u0663\u0661"))
print(int(" 0x10 ", 16), int("0b1", 16), int("0o1", 8), int("z", 36), int("Z", 36))
print(int(b"42"), int(bytearray(b" -17 ")), int(b"ff", 16), int("\u00a0 5 \u2003"))
bad = [("", 10), (" ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0), ("0x", 16), ("0b2", 0), ("12", 2),
       ("- 1", 10), ("1.0", 10), ("++1", 10), ("0_x1", 0), ("x", 10), ("0x1", 10), ("1e5", 10), ("١٢a", 10), ("\x00", 10),
       ("0b", 0), ("9" * 10 + "!", 10), ("inf", 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1, 100]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
for args in [(5, 10), (5.0, 2), (None,), ([1],)]:
    try:
        int(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    int("10", 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    int(x="5")
except TypeError as e:
    print("TypeError", e)
print(int("11", base=3), int(base=10, x="9") if False else int(), int("0" * 50 + "1", 2))
try:
    int(base=10)
except TypeError as e:
    print("TypeError", e)

class Base:
    def __index__(self):
        return 16
print(int("ff", Base()))
print(int("1" * 60, 2), int("z" * 20, 36), int("-" + "7" * 30, 8))
try:
    int(b"\xff", 10)
except ValueError as e:
    print("ValueError", e)
try:
    int("12", True)
except ValueError as e:
    print("ValueError", e)
print(int("12", False))
