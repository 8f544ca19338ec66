# Assorted int methods and properties
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-7).as_integer_ratio(), (10).is_integer())
print(int.__name__, type(n).__name__, isinstance(n, int), isinstance(True, int))
print(abs(-5), abs(0), abs(-(10 ** 30)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5), type(round(5)).__name__, round(7, 2))
print(divmod(2 ** 100, 12345))
print(int.__add__(3, 4), (3).__mul__(5), (3).__rsub__(10), (5).__neg__())
print((3).__truediv__(2), (3).__floordiv__(2), (7).__mod__(-3))
print((1).__add__(1.5))
print(7 / 2, -7 / 2, 10 / 5, 1 / 3, 2 ** 60 / 3)
print(10 ** 20 / 10 ** 10, (10 ** 40 + 1) / 10 ** 20)
print(type(10 / 5).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2 ** 10000 / 3.0
    print("ok")
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(int.from_bytes(b'\x01\x00', 'big') == 256)
print(sorted([3, -1, 2 ** 70, -(2 ** 70), 0]))
print(max(2 ** 64, 2 ** 64 + 1), min(-2 ** 64, 5))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float('inf'), -10 ** 400 < float('-inf'), 10 ** 400 > 1e308)
print(hash(1) == hash(1.0), 0 == -0.0, 5 < 5.5, 6 > 5.99999)
print(int("12") + 3, str(12) + "3", 3 * "ab", [0] * 3)
print(chr(int("65")), ord("A") + 1)
x = 17
x += 3; print(x)
x -= 30; print(x)
x *= -3; print(x)
x //= 7; print(x)
x %= 5; print(x)
x **= 10; print(x)
x >>= 2; print(x)
x <<= 5; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0xFFF; print(x)
