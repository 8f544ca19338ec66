# A Fraction class: normalization, arithmetic, comparison, hashing, and continued fractions
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                n, d = num.split("/")
                num, den = int(n), int(d)
            elif "." in num:
                whole, frac = num.split(".")
                den = 10 ** len(frac)
                num = int(whole + frac)
            else:
                num = int(num)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return Fraction(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Fraction._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Fraction._coerce(o) / self
    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __abs__(self):
        return Fraction(abs(self.num), self.den)
    def __eq__(self, o):
        if isinstance(o, float):
            return self.num / self.den == o
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def mixed(self):
        q, r = divmod(abs(self.num), self.den)
        sign = "-" if self.num < 0 else ""
        return f"{sign}{q} {r}/{self.den}" if q and r else str(self)
    def continued(self):
        n, d, out = self.num, self.den, []
        while d:
            q = n // d
            out.append(q)
            n, d = d, n - q * d
        return out
    def limit_denominator(self, max_den):
        best = None
        for i in range(1, len(self.continued()) + 1):
            cf = self.continued()[:i]
            f = Fraction(cf[-1])
            for a in reversed(cf[:-1]):
                f = a + 1 / f
            if f.den <= max_den:
                best = f
        return best

half, third = Fraction(1, 2), Fraction("1/3")
print(half + third, half - third, half * third, half / third, third ** 3, half ** -2, -half, abs(Fraction(-7, 3)))
print(half + 1, 1 + half, 2 - third, 3 * third, 1 / third, Fraction("0.125"), Fraction("-2.50"), Fraction(10, -4))
print(repr(Fraction(6, 8)), str(Fraction(6, 3)), Fraction(22, 7).mixed(), Fraction(-22, 7).mixed(), float(Fraction(22, 7)), int(Fraction(-22, 7)))
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(3, 5), Fraction(-1, 4), Fraction(5, 8)]))
print(half == Fraction(2, 4), half == 0.5, Fraction(2, 1) == 2, {Fraction(4, 2), 2}, half < third, third <= third, max(half, third))
h = sum((Fraction(1, n) for n in range(1, 21)), Fraction(0))
print("H(20) =", h, "~", float(h))
pi_approx = Fraction(3141592653589793, 10 ** 15)
print(pi_approx.continued()[:10], [str(pi_approx.limit_denominator(d)) for d in (10, 100, 1000, 100000)])
e = sum((Fraction(1, f) for f in [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800]), Fraction(0))
print("e ~", e, float(e), e.continued())
try:
    Fraction(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    half + 0.5
except TypeError as err:
    print("TypeError:", err)
