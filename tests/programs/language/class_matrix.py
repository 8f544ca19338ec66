# A small matrix class: tuple indexing, multiplication, equality, iteration.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])
    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in row) + "]" for row in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(repr(a + b), a.shape)
print(2 * a)
print(a.transpose())
print(a[1, 0], a[1], a[-1][-1])
a[0, 0] = 10
print(a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
print(Matrix.identity(3))
print(Matrix.identity(2) == Matrix([[1, 0], [0, 1]]), a == [[10, 2], [3, 4]])
try:
    Matrix([[1, 2, 3]]) @ Matrix([[1, 2]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
print([sum(row) for row in Matrix([[1, 2], [3, 4], [5, 6]])])
