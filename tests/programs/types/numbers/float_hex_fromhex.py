# float.hex and float.fromhex, including subnormals, rounding, and errors.
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 255.0, 1/3, 2.0**-1074, 2.0**1023]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or back != back)
for s in ["0x1p0", "0X1P0", "1p0", "0x.8p1", "0x1.p1", "-0x1.8p-1", "+0x10", "  0xAbC.dEp-3  ", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
          "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1080", "inf", "-Infinity", "nan", "-nan", "0x0p1000000",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0", "ff", "0x_1" if False else "0x1", "0x0.0000000000001p-1022",
          "0x1" + "0" * 40 + "p-160", "  0x1.8  "]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ["", "0x", "0xg", "0x1p", "0x1p+", "1.2.3", "0x1 p0", "0x1.8p1x", "infinit", "0x1p1024", "0x2p1023", "0x1.fffffffffffffp1023 junk", "0x1_0"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(1.0)
except TypeError as e:
    print("TypeError", e)
class MyFloat(float):
    pass
r = MyFloat.fromhex("0x1p1")
print(type(r).__name__, r)
print((1.0).hex.__name__, float.fromhex.__name__)
try:
    (1.5).hex(1)
except TypeError as e:
    print("TypeError", e)
