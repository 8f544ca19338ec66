# Polynomials with integer coefficients: arithmetic, evaluation, division, derivatives, roots
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @classmethod
    def x(cls):
        return cls([0, 1])
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1
    def __call__(self, v):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * v + coef
        return acc
    def _coerce(self, o):
        return o if isinstance(o, Poly) else Poly([o])
    def __add__(self, o):
        o = self._coerce(o)
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + -self._coerce(o)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result, base = Poly([1]), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result
    def __divmod__(self, d):
        if d.degree() < 0:
            raise ZeroDivisionError("polynomial division by zero")
        r = list(self.c)
        q = [0] * max(1, len(r) - len(d.c) + 1)
        lead = d.c[-1]
        for k in range(len(r) - len(d.c), -1, -1):
            coef = r[k + len(d.c) - 1]
            if coef % lead:
                raise ValueError("non-integer quotient")
            f = coef // lead
            q[k] = f
            for i, dc in enumerate(d.c):
                r[k + i] -= f * dc
        return Poly(q), Poly(r[:len(d.c) - 1] or [0])
    def __floordiv__(self, d):
        return divmod(self, d)[0]
    def __mod__(self, d):
        return divmod(self, d)[1]
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def compose(self, other):
        result = Poly([0])
        for coef in reversed(self.c):
            result = result * other + coef
        return result
    def integer_roots(self):
        if self.c[0] == 0:
            return sorted({0} | set(Poly(self.c[1:]).integer_roots()))
        n = abs(self.c[0])
        cands = [d for d in range(1, n + 1) if n % d == 0]
        return sorted(r for d in cands for r in (d, -d) if self(r) == 0)
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        s = "".join(f" {sg} {b}" for sg, b in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
q = x ** 2 + 1
print("p =", p, "| degree", p.degree(), "| p(0..4) =", [p(v) for v in range(5)])
print("q =", q, "| p+q =", p + q, "| p-q =", p - q, "| 3-q =", 3 - q)
print("p*q =", p * q)
print("(x+1)^7 =", (x + 1) ** 7)
print("(x-1)^5 coeffs:", ((x - 1) ** 5).c)
quot, rem = divmod(p, x - 3)
print("p / (x-3) =", quot, "rem", rem)
quot, rem = divmod(x ** 5 + 3 * x ** 2 - 7, q)
print("(x^5+3x^2-7) / (x^2+1) =", quot, "rem", rem, "| check:", quot * q + rem == x ** 5 + 3 * x ** 2 - 7)
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative(), "| const' =", Poly([5]).derivative())
print("q(p(x)) =", q.compose(p))
print("roots of p:", p.integer_roots(), "| roots of x^4-5x^2+4:", (x ** 4 - 5 * x ** 2 + 4).integer_roots(), "| x^3-x:", (x ** 3 - x).integer_roots())
print("big eval:", ((x + 1) ** 20)(10 ** 5) == (10 ** 5 + 1) ** 20, (x ** 100 + 1)(2) == 2 ** 100 + 1)
print(Poly([0]), Poly([0, 0, 0]).degree(), -x, x - x, Poly([-1, 0, -2]), 2 * x * x - x + 0)
for bad in [lambda: divmod(p, Poly([0])), lambda: divmod(x ** 2, 2 * x + 1)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def newton(poly, guess, steps=30):
    d = poly.derivative()
    for _ in range(steps):
        guess = guess - poly(guess) / d(guess)
    return guess
print("sqrt(2) via Newton on x^2-2:", newton(x ** 2 - 2, 1.0), "| cube root of 10:", newton(x ** 3 - 10, 2.0))
