# vars() and dir() on objects, classes and modules

class Base:
    b = 1
    def bm(self):
        pass

class Child(Base):
    c = 2
    def __init__(self):
        self.inst = 3

obj = Child()
print(vars(obj))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(type(vars(Child)).__name__, type(vars(obj)).__name__)
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(obj) == sorted(dir(obj)), "__class__" in dir(obj), "__init__" in dir(Child))
print("mro" in dir(type), "mro" in dir(Child), "__mro__" in dir(Child))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("vars(1)", lambda: vars(1))
attempt("vars(None)", lambda: vars(None))
attempt("vars two args", lambda: vars(1, 2))

class Slotted:
    __slots__ = ("a",)
attempt("vars slotted", lambda: vars(Slotted()))

class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(CustomDir()))

class DirTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(DirTuple()))

class DirNotIterable:
    def __dir__(self):
        return 5
attempt("dir not iterable", lambda: dir(DirNotIterable()))

class DirMixed:
    def __dir__(self):
        return ["a", 1]
attempt("dir mixed", lambda: dir(DirMixed()))
attempt("dir two args", lambda: dir(1, 2))

# __dict__ overridden by a property is what vars returns
class FakeDict:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(FakeDict()))

class DictNotDict:
    __dict__ = 5
attempt("vars non-dict __dict__", lambda: vars(DictNotDict()))

# vars() without arguments is locals()
def f():
    x = 1
    y = "two"
    return sorted(vars().items())
print(f())

import sys
print("path" in vars(sys), "argv" in dir(sys), vars(sys) is sys.__dict__)

# dir of a module-like object with a __dict__ entry
print([n for n in dir(Base) if not n.startswith("_")])
print(len([n for n in dir(int) if n.startswith("__")]) > 40, "bit_length" in dir(5))

# dir() with no args shows local names sorted
def g():
    b = 1
    a = 2
    return dir()
print(g())

# dir of a metaclass-made class includes metaclass attributes? (no)
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    pass
print("meta_method" in dir(WithMeta), "meta_method" in dir(Meta))
