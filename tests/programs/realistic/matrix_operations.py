# Matrix class with exact rational arithmetic via a tiny Fraction
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o):
        o = Q.of(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = Q.of(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = Q.of(o); return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

class Matrix:
    def __init__(self, rows):
        self.rows = [[Q.of(v) for v in r] for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum((self.rows[i][k] * other.rows[k][j] for k in range(self.m)), Q(0))
                        for j in range(other.m)] for i in range(self.n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        a = [r[:] for r in self.rows]
        n, det = self.n, Q(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != Q(0)), None)
            if p is None:
                return Q(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det
    def inverse(self):
        n = self.n
        a = [r[:] + [Q(1) if i == j else Q(0) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != Q(0)), None)
            if p is None:
                raise ValueError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            piv = a[c][c]
            a[c] = [x / piv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c] != Q(0):
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])
    def __repr__(self):
        cells = [[repr(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)

A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A, "", A @ B, "", B.transpose(), "", 3 * A + Matrix.identity(3), sep="\n")
print("det A =", A.det(), " det I4 =", Matrix.identity(4).det())
Ai = A.inverse()
print(Ai)
print("A @ A^-1 == I:", A @ Ai == Matrix.identity(3))
H = Matrix([[Q(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det())
print(H.inverse())
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
F = Matrix([[1, 1], [1, 0]])
P = Matrix.identity(2)
for _ in range(30):
    P = P @ F
print("fib via matrix:", P.rows[0][1])
