# __index__, __int__, __float__, __complex__, __round__, __trunc__ and friends.

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(-1)], data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1])
print(int(Idx(7)), "xy" * Idx(3), [0] * Idx(2))
print(operator_index := Idx(9).__index__())
try:
    float(Idx(1))
except TypeError as e:
    print(type(e).__name__, e)
print(complex(Idx(3)), complex(2), complex("1+2j"))

class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __float__(self):
        return float(self.deg)
    def __int__(self):
        return int(self.deg)
    def __complex__(self):
        return complex(self.deg, 0)
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.deg)
        return Celsius(round(self.deg, ndigits))
    def __trunc__(self):
        return int(self.deg)
    def __repr__(self):
        return f"Celsius({self.deg})"

c = Celsius(21.4567)
print(float(c), int(c), complex(c), round(c), round(c, 2))
try:
    [1, 2][c]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(c)
except TypeError as e:
    print(type(e).__name__, e)

class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)

class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)

# bool and int interplay
print(True + True, True * 10, int(True), float(False), -True, ~True)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(1250, -2))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float(" 1e3 "))
for bad in ["4.5", "", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2))
print(abs(-3), abs(-2.5), abs(3 + 4j), pow(2, -1), pow(3, 4, 5), pow(-2, 3))
print(pow(3, -1, 7), 10 ** -2, 2 ** 100, (-8) ** 2, 2 ** 0.5)
