# float() from strings and other objects
cases = ["1.5", "  -2.25  ", "1e10", "1E-3", "inf", "-inf", "+inf", "Infinity", "-INFINITY",
         "nan", "NaN", "-nan", "1_000.5", "1_0e1_0", ".5", "5.", "0x10" if False else "10",
         "\n3.0\t", "1e400", "-1e400", "1e-400", "00012.5000", "+.5e+1", "١٫٥" if False else "7"]
for s in cases:
    print(repr(s), repr(float(s)))
bad = ["", "abc", "1.2.3", "1__0", "_1.0", "1.0_", "1e", "e5", "inf inity", "0x10", "1,5", "- 1", "nan(1)"]
for s in bad:
    try:
        float(s)
        print("no error", s)
    except ValueError as e:
        print("ValueError", e)
print(float(), float(3), float(-0), float(True), float(10 ** 20), float(b"2.5"))
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError", e)
class F:
    def __float__(self):
        return 4.75
class I:
    def __index__(self):
        return 9
print(float(F()), float(I()))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x1.fffffffffffffp+1023'))
print(float.fromhex('inf'), float.fromhex('0X.8'), float.fromhex('  0x10  '))
for v in [1.0, 0.5, -2.0, 3.14, 1e-10, 0.1, 1e300, 0.0, -0.0, 5e-324]:
    print(v, v.hex(), float.fromhex(v.hex()) == v)
try:
    float.fromhex('0xz')
except ValueError as e:
    print("ValueError", e)
