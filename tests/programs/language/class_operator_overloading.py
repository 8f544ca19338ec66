# Arithmetic operator overloading with reflected and in-place variants.

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return "Vector" + repr(self.c)
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vector(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        return self + other
    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vector(*(a % k for a in self.c))
    def __neg__(self):
        return Vector(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, other):
        return f"matmul {self.c} @ {other.c}"
    def __pow__(self, n, mod=None):
        return Vector(*(pow(a, n, mod) for a in self.c))
    def __invert__(self):
        return Vector(*reversed(self.c))

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w)
print(v + 10, 10 + v)
print(sum([v, w], Vector(0, 0, 0)))
print(sum([v, w]))
print(v / 2, w // 4, w % 4, -v, +v is v, abs(Vector(3, 4)))
print(v @ w, v ** 2, pow(w, 2, 7), ~v)

try:
    v - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    v & w
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)

# In-place operators: __iadd__ mutates, missing __isub__ falls back to __sub__
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
b = b + [4]
print(b, alias, b is alias)

t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias)

v2 = Vector(1, 1)
v2_alias = v2
v2 += Vector(2, 2)
print(v2, v2_alias, v2 is v2_alias)
v2 *= 3
print(v2)
