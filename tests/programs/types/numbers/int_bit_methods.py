# bit_length, bit_count, as_integer_ratio, is_integer, conjugate, real/imag
for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, -257, 2**53, 2**53 + 1, 2**64 - 1, -(2**64), 10**100]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
print(True.bit_length(), False.bit_count(), True.as_integer_ratio())
print(type(True.as_integer_ratio()[0]).__name__)
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(True.real, True.imag, True.numerator, type(True.real).__name__, type(True.numerator).__name__)

class MyInt(int):
    pass
m = MyInt(12)
print(m.bit_length(), type(m.real).__name__, type(m.numerator).__name__, type(m.conjugate()).__name__)
print(m.as_integer_ratio(), type(m.as_integer_ratio()[0]).__name__)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError", e)
try:
    (5).is_integer(1)
except TypeError as e:
    print("TypeError", e)
print(int.bit_length(-100), int.bit_count(-100))
try:
    int.bit_length(1.0)
except TypeError as e:
    print("TypeError", e)

for n in range(-10, 11):
    print(n, n.bit_length(), bin(n), n.bit_count(), end="; ")
print()
print((2**1000).bit_length(), (2**1000 - 1).bit_length(), (-(2**1000)).bit_length())
print((2**1000 - 1).bit_count(), (3**500).bit_count())
print((123).__sizeof__() > 0, int.__abs__(-4), int.__neg__(4), int.__pos__(-4), int.__invert__(4))
print(int.__add__(1, 2), int.__add__(1, 2.0), int.__radd__(1, 2), int.__sub__(10, True))
print(int.__truediv__(1, 2), int.__floordiv__(7, 2), int.__mod__(-7, 2), int.__divmod__(-7, 2))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__rpow__(2, 10), int.__lshift__(1, 4))
print(int.__bool__(0), int.__bool__(-3), int.__index__(7), int.__int__(True), int.__float__(3))
print(int.__trunc__(9), int.__floor__(9), int.__ceil__(9), int.__round__(1234, -2), int.__round__(5))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__ne__(1, "a"), int.__ge__(3, 3))
