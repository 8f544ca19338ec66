# int subclasses: overridden operators, reflected-operand priority, results are plain ints.
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % int(self)
class Plain(int):
    pass
m = Money(5)
print(m + 1, 1 + m, m + m, sum([m, m], Money(0)), m * 2, type(m * 2).__name__, -m, type(-m).__name__, m - 1, type(m - 1).__name__)
p = Plain(7)
print(type(p + 0).__name__, type(p * 1).__name__, type(p // 1).__name__, type(p ** 1).__name__, type(abs(p)).__name__, type(+p).__name__,
      type(p << 0).__name__, type(p & -1).__name__, type(~p).__name__, type(round(p)).__name__, type(round(p, 0)).__name__, type(int(p)).__name__)
print(type(p.__index__()).__name__, type(p.__int__()).__name__, type(p.__trunc__()).__name__, type(p.__floor__()).__name__, type(p.__ceil__()).__name__,
      type(p.__pos__()).__name__, type(p.real).__name__, type(p.numerator).__name__, type(p.denominator).__name__)
class Right(int):
    def __radd__(self, other):
        return "Right.__radd__"
    def __rsub__(self, other):
        return NotImplemented
    def __rmul__(self, other):
        return "Right.__rmul__"
    def __rpow__(self, other, mod=None):
        return ("Right.__rpow__", other, mod)
    def __rlshift__(self, other):
        return "Right.__rlshift__"
print(1 + Right(2), 3 - Right(1), 2 * Right(3), 2 ** Right(3), 1 << Right(1), pow(2, Right(5)), True + Right(0))
print(Right(2) + Right(3), Right(2) * 3)
class Left(int):
    def __add__(self, other):
        return "Left.__add__"
print(Left(1) + Right(2), Right(2) + Left(1))
class Cmp(int):
    def __eq__(self, other):
        return "eq!"
    def __lt__(self, other):
        return "lt!"
    __hash__ = int.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), 1 < Cmp(1) if False else Cmp(1) < 2, 2 > Cmp(1), Cmp(1) != 1, {Cmp(1): "x"}[1] if False else "")
class IDiv(int):
    def __truediv__(self, other):
        return "truediv"
    def __floordiv__(self, other):
        return "floordiv"
    def __rtruediv__(self, other):
        return "rtruediv"
i = IDiv(6)
print(i / 2, i // 2, 6 / i, 6 // i, i % 4, divmod(i, 4))
x = Plain(3)
x += 1
print(x, type(x).__name__)
class Inplace(int):
    def __iadd__(self, other):
        return "iadd"
y = Inplace(3)
y += 1
z = Inplace(3)
z -= 1
print(y, z, type(z).__name__)
class WithAttr(int):
    unit = "cm"
    def __new__(cls, v, unit="cm"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
w = WithAttr(10, "mm")
print(w, w.unit, w + 1, w == 10, hash(w) == hash(10), vars(w), sorted([WithAttr(3), 1, WithAttr(2)]))
print(isinstance(w, int), type(w).__mro__[1:], int(w), float(w), complex(w), str(w), f"{w:>5}", w.bit_length())
