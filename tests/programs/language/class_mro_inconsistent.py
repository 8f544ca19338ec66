# Hierarchies that have no consistent MRO.

class A: pass
class B(A): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class R(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Duplicate base
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Fine the other way round
class C2(B, A):
    pass
print([c.__name__ for c in C2.__mro__])

# Non-class base
try:
    class Bad(42):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Cannot subclass bool
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Layout conflict
try:
    class Both(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Can subclass builtins separately
class MyInt(int):
    pass
class MyList(list):
    pass
print(MyInt(5) + 3, type(MyInt(5) + 3).__name__, MyList("ab"))
print([c.__name__ for c in MyList.__mro__])
