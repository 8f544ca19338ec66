# Default behaviour inherited from object
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a is a, hash(a) == hash(a), bool(a))
print(type(a).__name__, Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__bases__, Plain.__mro__[1].__name__)
print(a.__class__ is Plain, isinstance(a, object), object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(str(a) == repr(a), format(a, "") == str(a), a.__dict__, Plain.__doc__)
try:
    format(a, "x")
except TypeError as e:
    print("TypeError", e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], str(OnlyStr()), "%s" % OnlyStr())
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__ is None)
class NeCustom:
    def __ne__(self, other):
        return "custom ne"
print(NeCustom() != 1, NeCustom() == 1)
class Reflect:
    def __eq__(self, other):
        print("Reflect.__eq__ called")
        return NotImplemented
r = Reflect()
print(r == 1, 1 == r, r == r, r != 2)
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Gt.__gt__", self.v, other)
        return True
print(5 < Gt(1))
print(object().__class__.__name__, object.__name__, type(object()).__mro__ == (object,))
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(a.__eq__(b), a.__eq__(a), a.__ne__(a), NotImplemented.__class__.__name__)
print(object.__init_subclass__ is not None, Plain.__init__ is object.__init__, Plain.__repr__ is object.__repr__)
