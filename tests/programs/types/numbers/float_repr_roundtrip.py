# repr/str of floats: shortest round trip and the switch to exponent notation.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 1e22, 1e23, 100.0,
        12345.678, 0.5, 1e100, 1.0000000000000002, 0.9999999999999999, 4.35, 2.675, 1e-310, 3.141592653589793]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), repr(float("-inf")))
print([1.0, -0.0, 1e300 * 1e10], (0.1,), {1.5: 2.5})
print(1e16 - 1, 1e16 + 2, 9999999999999998.0, 1e15 + 0.3)
for e in range(-8, 20, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e, -2 ** 0.5 * 10.0 ** e)
x = 1.0
for i in range(12):
    x /= 7
    print(x, end=" ")
print()
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1, 1 - 0.9, 3 * 0.3)
print(float(10**15), float(10**16), float(10**17), float(2**63), float(-(2**64)))
print(float(123456789), float(-987654321.5e-3), 1.23e+5, 1.23E-5)
print(f"{0.1!r}", f"{1e16}", f"{1e-5}", str(-1e-5))
print(repr(2.0 ** 60), repr(2.0 ** -20), repr(2.0 ** 0.5))
