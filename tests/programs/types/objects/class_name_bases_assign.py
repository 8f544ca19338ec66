# __name__ and __bases__ assignment on classes

class A:
    pass

A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A).endswith("A'>"))
for bad in (5, None, "a\x00b"):
    try:
        A.__name__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)

class B: pass
class C: pass
class D(B):
    pass

print([k.__name__ for k in D.__bases__])
D.__bases__ = (C,)
print([k.__name__ for k in D.__mro__], isinstance(D(), B), isinstance(D(), C))
D.__bases__ = (B, C)
print([k.__name__ for k in D.__mro__])

for bad in ((), [B], (1,), (D,), (int,)):
    try:
        D.__bases__ = bad
        print("ok", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del D.__bases__
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (B,)
except TypeError as e:
    print(type(e).__name__, e)

# a subclass's mro follows its base
class E(D):
    pass
print([k.__name__ for k in E.__mro__])
D.__bases__ = (C,)
print([k.__name__ for k in E.__mro__])

# method resolution after reassignment
class X:
    def who(self):
        return "X"
class Y:
    def who(self):
        return "Y"
class Z(X):
    pass
z = Z()
print(z.who())
Z.__bases__ = (Y,)
print(z.who())

# layout conflict
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("b",)
class L3(L1):
    __slots__ = ()
try:
    L3.__bases__ = (L2,)
except TypeError as e:
    print(type(e).__name__, e)
