# A Fraction class written from scratch (no fractions module).

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _lift(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None
    def __add__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else o - self
    def __mul__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else o / self
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)
    def __eq__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        return self.num * o.den < o.num * self.den
    def __gt__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else o < self
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, h ** 3, t ** -2)
print(1 + h, 1 - h, 2 * t, 1 / t, h + 1, Frac(6, -4))
print(repr(Frac(10, 5)), str(Frac(10, 5)), Frac(0, 7), bool(Frac(0, 7)))
print(h == Frac(2, 4), h == 0.5, Frac(4, 2) == 2, h > t, t < h, not (h < t))
print(sorted([Frac(3, 4), Frac(1, 8), Frac(2, 3), 1, 0]))
print(float(Frac(1, 8)), int(Frac(7, 2)), int(Frac(-7, 2)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(4, 2) in {2})
total = sum(Frac(1, n) for n in range(1, 7))
print(total, float(total))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
