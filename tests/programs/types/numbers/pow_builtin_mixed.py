# pow() builtin across types, three-argument rules, and reflected __pow__/__rpow__.
print(pow(2, 10), pow(2.0, 10), pow(2, 0.5), pow(-8, 1 / 3), pow(2j, 2), pow(True, True), pow(False, False), pow(2, -2), pow(2, 3, 3))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(0, 0, 1), pow(0, 0, 7), pow(5, 0, 1), pow(10**20, 10**20, 10**9 + 7), pow(2**100, 3, 2**64))
print(pow(3, -1, 10), pow(7, -2, 10**9 + 7), pow(-3, -1, 11), pow(3, -1, -11), pow(1, -1, 1), pow(2**64 + 1, -1, 2**61 - 1))
for args in [(2, -1, 6), (4, -2, 8), (0, -1, 1), (0, -1, 2), (2, 2, 0), (2, -2, 0), (2, 3, 1.0), (2.5, 2, 3), (2, 2.5, 3), (1j, 1, 2)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ("P.__pow__", other, mod)
    def __rpow__(self, other, mod=None):
        return ("P.__rpow__", other, mod)
class Q:
    pass
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3, 3 ** P())
try:
    print(pow(2, P(), 5))
except TypeError as e:
    print("TypeError", e)
try:
    pow(Q(), 2)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, Q())
except TypeError as e:
    print("TypeError", e)
try:
    pow(Q(), 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Q() ** Q()
except TypeError as e:
    print("TypeError", e)
x = 3
x **= 2
y = 2.0
y **= -1
z = 1j
z **= 2
print(x, y, z)
class IP:
    def __init__(self, v):
        self.v = v
    def __ipow__(self, other):
        self.v = self.v ** other
        return self
i = IP(2)
i **= 5
print(i.v)
print(pow(base=3, exp=2, mod=None), pow(3, exp=2), pow(2, 3, mod=3))
try:
    pow(2, 3, mod=3, extra=1)
except TypeError as e:
    print("TypeError", e)
try:
    pow()
except TypeError as e:
    print("TypeError", e)
print(pow(-1, 0.5), pow(-1.0, 1.0), pow(4, 0.5), type(pow(4, 0.5)).__name__, pow(-4, 0.5))
