# float subclasses: construction, inherited operators returning float, overrides, hashing.
class Celsius(float):
    def __new__(cls, value, scale="C"):
        obj = super().__new__(cls, value)
        obj.scale = scale
        return obj
    def __repr__(self):
        return "%s°%s" % (float.__repr__(self), self.scale)
    def __add__(self, other):
        return Celsius(float(self) + float(other), self.scale)
c = Celsius(21.5)
print(c, repr(c), str(c), c + 1, type(c + 1).__name__, 1 + c, type(1 + c).__name__, c * 2, type(c * 2).__name__)
print(c == 21.5, c < 22, hash(c) == hash(21.5), {c: "x"}[21.5], c.is_integer(), c.hex(), c.as_integer_ratio(), c.scale, vars(c))
print(float(c), type(float(c)).__name__, int(c), round(c), round(c, 0), type(round(c, 0)).__name__, abs(Celsius(-1.0)), -c, type(-c).__name__)
print(f"{c}", f"{c:.1f}", "%s|%r|%.2f" % (c, c, c), format(c, ""), str(c) == repr(c), [c])
class Plain(float):
    pass
p = Plain("2.5")
print(p, repr(p), type(p).__name__, p.real, type(p.real).__name__, type(p.conjugate()).__name__, p // 1, p % 1, divmod(p, 2), p ** 2)
print(Plain(), Plain(-0.0), Plain("inf"), Plain(" nan "), Plain(10**20), Plain(True), Plain(Plain(3.0)), type(Plain(Plain(3.0))).__name__)
print(Plain.fromhex("0x1.8p0"), type(Plain.fromhex("0x1.8p0")).__name__, isinstance(p, float), issubclass(Plain, float))
try:
    Plain("abc")
except ValueError as e:
    print("ValueError", e)
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError", e)
class Slotted(float):
    __slots__ = ()
s = Slotted(1.0)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
class CmpF(float):
    def __eq__(self, other):
        return "custom eq"
    def __lt__(self, other):
        return NotImplemented
    __hash__ = float.__hash__
print(CmpF(1.0) == 1.0, 1.0 == CmpF(1.0), CmpF(1.0) < 2.0, 2.0 > CmpF(1.0), sorted([CmpF(3), CmpF(1), 2.0]))
class RAdd(float):
    def __radd__(self, other):
        return "RAdd.__radd__"
    def __rtruediv__(self, other):
        return "RAdd.__rtruediv__"
print(1.0 + RAdd(2.0), 1 + RAdd(2.0), RAdd(2.0) + 1.0, 1.0 / RAdd(2.0), 1 / RAdd(2.0), RAdd(2.0) / 1)
print(sum([Plain(0.1)] * 10), max(Plain(1), Plain(2)), type(max(Plain(1), Plain(2))).__name__, min([Plain(5), 4.5]))
