# Reflected operands and NotImplemented with builtin types
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __sub__(self, other):
        return Meters(self.v - (other.v if isinstance(other, Meters) else other))
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __truediv__(self, other):
        if isinstance(other, Meters):
            return self.v / other.v
        return Meters(self.v / other)
    def __neg__(self):
        return Meters(-self.v)
    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return "%gm" % self.v
a, b = Meters(3), Meters(4.5)
print(a + b, a + 1, 1 + a, 2.5 + a, a * 2, 3 * a, a - 1, 10 - a, b / a, a / 2, -a)
print(sum([a, b, Meters(1)]), sum([a, b], Meters(0)), sorted([b, a, Meters(0.5)]), max(a, b), a == Meters(3), a != b)
for expr in [lambda: a + "x", lambda: "x" + a, lambda: a * a, lambda: a @ b, lambda: a < 5, lambda: [1] * a]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError", e)
class Left:
    def __add__(self, other):
        return "Left.__add__"
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
class SubLeft(Left):
    def __radd__(self, other):
        return "SubLeft.__radd__"
print(Left() + Right(), Left() + SubLeft(), 1 + Right(), [1] + Right() if False else "skip")
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self):
        return "Acc(%r)" % self.items
acc = Acc()
acc += 1
acc += "two"
print(acc)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
    def __repr__(self):
        return "NoIadd(%r)" % self.v
x = NoIadd(1)
y = x
x += 5
print(x, y, x is y)
print(int.__add__(1, 1.5), float.__add__(1.5, 1), (1).__radd__(2), (1.5).__rmul__(2), "ab".__mul__(2), "ab".__rmul__(3), [1].__add__([2]))
print((5).__eq__(5.0), (5.0).__eq__(5), (5).__lt__("a"), "a".__eq__(1), (1).__truediv__(0.5))
