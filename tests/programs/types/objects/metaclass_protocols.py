# Metaclasses: __prepare__, __new__, __init__, __call__, conflicts

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)

class A(metaclass=OrderedMeta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v

print(A.injected, A(5).v, type(A).__name__)

class B(A):
    pass
print(type(B).__name__)

def attempt(label, fn):
    try:
        r = fn()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
def conflict():
    class Z(X, Y):
        pass
attempt("conflict", conflict)

class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)
class V(W, X): pass
print(type(V).__name__)

# __prepare__ returning a non-mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
def bad_prepare():
    class P(metaclass=BadPrepare):
        pass
attempt("bad prepare", bad_prepare)

# a function as metaclass
def func_meta(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class FromFunc(metaclass=func_meta):
    a = 1
print(FromFunc)

# metaclass __call__ that skips __init__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Only(metaclass=Singleton):
    def __init__(self):
        print("Only.__init__")
print(Only() is Only())

# metaclass keyword with non-callable
def noncallable():
    class N(metaclass=5):
        pass
attempt("non-callable metaclass", noncallable)

# __prepare__ on plain type
print(type(type.__prepare__("n", ())).__name__, type.__prepare__("n", (), extra=1))
# __build_class__ errors
attempt("build_class non-function", lambda: __build_class__(1, "x"))
attempt("build_class name not str", lambda: __build_class__(lambda: None, 1))
attempt("build_class no args", lambda: __build_class__())

# the class namespace __module__ and __qualname__ arrive in prepare's dict
class ShowNs(type):
    def __new__(mcs, name, bases, ns):
        print(sorted(ns))
        return super().__new__(mcs, name, bases, dict(ns))
class Shown(metaclass=ShowNs):
    "doc"
    def m(self):
        pass
