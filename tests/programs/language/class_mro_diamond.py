# C3 linearisation on diamonds and deeper hierarchies.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(names(D))
print(D().who())
print(D.mro() == list(D.__mro__))

# The classic example from the C3 paper
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass

for cls in (Cc, Bb, Aa):
    print(cls.__name__, names(cls))

# Another: the "Python 2.3 MRO" example
class X: pass
class Y: pass
class Z: pass
class K1(X, Y, Z): pass
class K2(Y, Z): pass   # deliberately not (D, B, E)
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))

print(names(bool))
print(names(int))
print(names(object))
print(D.__bases__ == (B, C), [b.__name__ for b in D.__bases__])
print(A.__bases__, object.__bases__)

# Method resolution: first hit in MRO wins, attributes too
class Base:
    greeting = "base"
class Left(Base):
    pass
class Right(Base):
    greeting = "right"
class Child(Left, Right):
    pass
print(Child.greeting, names(Child))
