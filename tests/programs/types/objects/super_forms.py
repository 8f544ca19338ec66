# super() forms: zero-arg, two-arg, one-arg, in classmethods and staticmethods

class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
    @property
    def prop(self):
        return "A.prop"

class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    @property
    def prop(self):
        return "B>" + super().prop

class C(B):
    def who(self):
        return "C>" + super(B, self).who()

print(B().who(), C().who(), B.cm(), C.cm(), B().prop)
print(super(B, B()).who(), super(B, B).cm(), super(C, C()).prop)

s = super(B, B())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(repr(u))
print(repr(super(B, B)))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("super(1, x)", lambda: super(1, B()))
attempt("super(B, 1)", lambda: super(B, 1))
attempt("super(B, A())", lambda: super(B, A()))
attempt("super() outside", lambda: super())
attempt("missing attr", lambda: super(B, B()).nope)
attempt("super(B, B()).who", lambda: super(B, B()).who())
attempt("setattr on super", lambda: setattr(super(B, B()), "x", 1))
attempt("unbound super attr", lambda: super(B).who)
attempt("super three args", lambda: super(B, B(), 1))

class D:
    def method(self):
        def inner():
            return super().__repr__
        return inner()
attempt("super in nested function", lambda: D().method())

class E:
    @staticmethod
    def sm():
        return super().__init__
attempt("super in staticmethod", lambda: E.sm())

# super().__init__ chains through the MRO
class Root:
    def __init__(self):
        print("Root")
class Left(Root):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Root):
    def __init__(self):
        print("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()
Bottom()

# super() with __class__ cell works in methods defined with a different first arg name
class F(A):
    def who(this):
        return "F>" + super().who()
print(F().who())

# super in __init_subclass__ and __new__
class G:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(G(1, 2).args)

# super of a class object
print(super(type, int).__repr__(int) if False else "skip", super(B, B).who(B()))
