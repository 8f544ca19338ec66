# int() parsing: bases, prefixes, underscores, whitespace, errors
cases = [
    ("42", 10), ("  42  ", 10), ("-42", 10), ("+42", 10), ("1_000_000", 10),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o777", 0), ("0b1011", 0),
    ("777", 8), ("z", 36), ("ZZ", 36), ("0", 0), ("00", 0), ("1_0", 0),
    ("0x_ff", 0), ("-0b101", 0), ("\t\n12\n", 10), ("11", 2), ("١٢٣", 10),
    ("0B11", 0), ("0O17", 0), ("0X1F", 16),
]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [
    ("", 10), ("abc", 10), ("12.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
    ("0x", 16), ("08", 0), ("012", 0), ("2", 2), ("9", 8), ("0b2", 0),
    ("- 5", 10), ("++5", 10), ("5 5", 10), ("0xg", 16),
]
for s, b in bad:
    try:
        int(s, b)
        print("no error", s)
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError", e)
try:
    int(10, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(), int(True), int(False), int(b"12"), int(bytearray(b" 7 ")))
print(int("1" * 50), int("-" + "9" * 40, 10))
print(int(3.99), int(-3.99), int(1e20), int(-0.0), int(2.5), int(-2.5))
print(int(1.23e30))
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError", e)
print(int("0"), int("-0"), int("+0"), int("000", 10))
print(int('10', base=16), int(x='11', base=2) if False else int('11', base=2))
