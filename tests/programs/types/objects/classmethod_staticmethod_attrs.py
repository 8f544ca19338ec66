# classmethod / staticmethod objects: __func__, __wrapped__, __isabstractmethod__, binding

def f(*args):
    "f doc"
    return args

cm = classmethod(f)
sm = staticmethod(f)
print(cm.__func__ is f, cm.__wrapped__ is f, sm.__func__ is f, sm.__wrapped__ is f)
print(cm.__doc__, sm.__doc__, cm.__name__, sm.__qualname__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
f.__isabstractmethod__ = True
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
del f.__isabstractmethod__

class A:
    cmeth = cm
    smeth = sm

print(A.cmeth(1)[0] is A, A().cmeth(1)[0] is A, A.smeth(1), A().smeth(2))
print(type(A.__dict__["cmeth"]).__name__, type(A.cmeth).__name__, type(A.smeth).__name__)
print(cm.__get__(None, int)(), cm.__get__(5)(), sm.__get__(None, int)(3))

# staticmethod objects are callable since 3.10
print(sm(7), callable(sm), callable(cm))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("call classmethod object", lambda: cm())
attempt("classmethod no args", lambda: classmethod())
attempt("staticmethod two args", lambda: staticmethod(f, f))
attempt("classmethod kw", lambda: classmethod(function=f))
attempt("classmethod of int", lambda: classmethod(1).__get__(None, int)())
attempt("cm.__get__ no args", lambda: cm.__get__())
attempt("cm.__get__ None None", lambda: cm.__get__(None, None))

# attributes are copied from the wrapped function
def g():
    "g doc"
g.extra = "value"
cg = classmethod(g)
print(cg.__name__, cg.__doc__, cg.__module__, cg.__dict__)

# set attributes on the wrappers
cg.custom = 1
print(cg.custom, sorted(cg.__dict__))

# classmethod wrapping a builtin
class B:
    fromkeys = classmethod(dict.fromkeys)
print(type(B.fromkeys).__name__)

# nested classmethod binding of class
class Base:
    @classmethod
    def make(cls):
        return cls.__name__
class Derived(Base):
    pass
print(Base.make(), Derived.make(), Derived().make())

# repr shapes
print(repr(sm).startswith("<staticmethod("), repr(cm).startswith("<classmethod("))
print(repr(staticmethod(len)), repr(classmethod(len)))

# staticmethod as a decorator on a lambda inside class
class C:
    double = staticmethod(lambda x: x * 2)
print(C.double(4), C().double(5))
print(classmethod.__func__.__class__.__name__, staticmethod.__wrapped__.__class__.__name__)
