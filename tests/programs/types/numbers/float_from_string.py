# float() of strings: inf/nan spellings, underscores, whitespace, and errors.
good = ["1", "  2.5  ", "-3.", ".5", "+.5e1", "1e3", "1E-3", "1_000.5", "1_0e1_0", "inf", "-INF", "Infinity", "+infinity", "nan",
        "-NaN", "nAn", "\t\n1.5\r\f\v", "0x10" if False else "10", "1e400", "-1e400", "1e-400", "00012", "0.000_1",
        "\u00a03.5\u2003", "\u0661\u0662.\u0663", "4" * 30, "1" + "0" * 400, "9.9999999999999999e22"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1_", "_1", "1__0", "1._5", "1_.5", "1e_5", "1e", "e5", ".", "-", "inf_", "infin", "nana", "0x10", "1,5", "1.5.",
       "1 5", "--1", "in f", "\x00", "1e5e5", "infinityy", "1j"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(b"1.5"), float(bytearray(b" -2 ")), float(memoryview(b"3e2")))
try:
    float(b"abc")
except ValueError as e:
    print("ValueError", e)
for obj in [None, [1.0], {}, 1j]:
    try:
        float(obj)
    except TypeError as e:
        print("TypeError", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
class FSub(float):
    pass
class RetSub:
    def __float__(self):
        return FSub(7.0)
print(float(F()), float(I()), float(True), float(10**20), float(-7))
r = float(RetSub())
print(r, type(r).__name__)
try:
    float(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    float(x="1")
except TypeError as e:
    print("TypeError", e)
print(float(), float(FSub(2.0)), type(float(FSub(2.0))).__name__)
print(float("0.1") == 0.1, float("1.7976931348623157e308"), float("1.7976931348623159e308"), float("2.4703282292062328e-324"))
print(float("2.4703282292062327e-324"), float("-0"), float("-0.0e5"))
