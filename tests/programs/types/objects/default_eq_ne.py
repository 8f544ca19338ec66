# object.__eq__ / __ne__ defaults and NotImplemented handling

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != a, a != b)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__ne__(a, a))
print(a.__eq__(1), a.__ne__(1), a.__lt__(b), a.__ge__(b))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("EqOnly.__eq__")
        if isinstance(other, EqOnly):
            return self.v == other.v
        return NotImplemented
x, y = EqOnly(1), EqOnly(1)
print(x == y)
print(x != y)  # default __ne__ inverts __eq__
print(x == 5, x != 5)
print(EqOnly.__hash__)

class NeReturnsNonBool:
    def __eq__(self, other):
        return "truthy"
n = NeReturnsNonBool()
print(n == 1, n != 1)

class EqReturnsNotImplemented:
    def __eq__(self, other):
        return NotImplemented
e1, e2 = EqReturnsNotImplemented(), EqReturnsNotImplemented()
print(e1 == e1, e1 == e2, e1 != e1, e1 != e2)

# reflected operation order: subclass first
class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return NotImplemented
print(Base() == Derived())
print(Derived() == Base())

# ordering defaults
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("lt", lambda: a < b)
attempt("le", lambda: a <= 1)
attempt("gt", lambda: 1 > a)
attempt("ge str", lambda: "x" >= a)

class Ordered:
    def __lt__(self, other):
        return "lt-result"
print(Ordered() < 1, 1 > Ordered())
attempt("reflected le", lambda: 1 <= Ordered())

# __ne__ overridden alone
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)

# NotImplemented in boolean context is an error in 3.14, deprecated in 3.13
print(type(NotImplemented).__name__, repr(NotImplemented))

# comparisons with None
print(a == None, None == a, a != None)
print([a] == [a], [a] == [b], (a,) != (b,))
