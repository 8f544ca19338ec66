# Numeric dunders return NotImplemented for foreign operands; the operators then try the other side.
pairs = [(int.__add__, 1, 1.0), (int.__add__, 1, "a"), (int.__mul__, 2, [1]), (int.__lt__, 1, 1.5), (int.__eq__, 1, 1.0), (int.__truediv__, 1, 1j),
         (float.__add__, 1.0, 1), (float.__add__, 1.0, 1j), (float.__eq__, 1.0, "1"), (float.__floordiv__, 1.0, 2**70), (float.__mod__, 5.0, True),
         (complex.__add__, 1j, 1.0), (complex.__add__, 1j, "x"), (complex.__eq__, 1j, None), (complex.__lt__, 1j, 1j), (int.__and__, 1, 1.0),
         (int.__lshift__, 1, 1.0), (bool.__and__, True, 1), (bool.__or__, True, 1.0), (float.__rsub__, 1.0, 3), (complex.__rmul__, 1j, 2)]
for f, a, b in pairs:
    r = f(a, b)
    print(f.__qualname__, repr(a), repr(b), r is NotImplemented, repr(r) if r is not NotImplemented else "")
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __rmul__(self, k):
        return Vec(*[k * x for x in self.c])
    def __radd__(self, k):
        return Vec(*[k + x for x in self.c])
    def __rtruediv__(self, k):
        return Vec(*[k / x for x in self.c])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __lt__(self, other):
        return "Vec.__lt__"
    def __gt__(self, other):
        return "Vec.__gt__"
    def __rpow__(self, base):
        return Vec(*[base ** x for x in self.c])
    def __rlshift__(self, n):
        return Vec(*[n << x for x in self.c])
    def __rand__(self, n):
        return "Vec.__rand__"
v = Vec(1, 2)
print(3 * v, 2.5 * v, 1j * v, True * v, 10 + v, 1.5 + v, 6 / v, 2 ** v, 1 << v, 5 & v, 1 < v, 1.0 > v, 1j < v, v == Vec(1, 2), 1 == v)
class Nope:
    pass
for f in [lambda: 1 + Nope(), lambda: 1.0 - Nope(), lambda: 1j * Nope(), lambda: Nope() / 2, lambda: 2 // Nope(), lambda: 1 < Nope(),
          lambda: 1.5 >= Nope(), lambda: 1j < 1j, lambda: True & Nope(), lambda: -Nope(), lambda: ~1.5, lambda: abs(Nope())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(1 == Nope(), 1.0 != Nope(), 1j == Nope(), True == Nope())
