# __mro__, mro(), __subclasses__(), C3 linearization errors

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(t):
    return [c.__name__ for c in t]

print(names(Z.__mro__))
print(names(Z.mro()))
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(names(O.__subclasses__()))
print(names(A.__subclasses__()), names(Z.__subclasses__()))
print(names(bool.__mro__), names(bool.__subclasses__()))

try:
    class Bad(A, O, B): pass
    print("no error")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

# custom mro() on metaclass
class RevMeta(type):
    def mro(cls):
        return [cls, object]

class R(A, metaclass=RevMeta):
    def __init__(self):
        pass

print(names(R.__mro__), names(R.__bases__))
print(hasattr(R(), "__init__"))

class BadMroMeta(type):
    def mro(cls):
        return [1]

try:
    class BM(metaclass=BadMroMeta): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    A.__mro__ = ()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# object
print(names(object.__mro__), object.__bases__, object.__base__)
print(A.__base__.__name__, K1.__base__.__name__)
print(int.__base__.__name__, bool.__base__.__name__)
try:
    type.mro()
except TypeError as e:
    print(type(e).__name__, e)
print(names(type.mro(int)))

# subclasses update on bases reassignment
class P: pass
class Q: pass
class S(P): pass
print(names(P.__subclasses__()), names(Q.__subclasses__()))
S.__bases__ = (Q,)
print(names(P.__subclasses__()), names(Q.__subclasses__()), names(S.__mro__))
