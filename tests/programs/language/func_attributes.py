# Function attributes: __name__, __qualname__, __defaults__, __doc__, __module__, etc.

def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

    With a longer docstring.
    """
    return a

print(plain.__name__)
print(plain.__qualname__)
print(plain.__defaults__)
print(plain.__kwdefaults__)
print(repr(plain.__doc__))
print(plain.__module__)
print(plain.__code__.co_name, plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount)
print(plain.__code__.co_flags & 0x04 != 0, plain.__code__.co_flags & 0x08 != 0)

class Outer:
    def method(self):
        "Method doc."
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def stat():
        pass
    @classmethod
    def klass(cls):
        pass

print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.deep.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.stat.__qualname__, Outer.klass.__qualname__)
print(Outer.method.__doc__)

def nodoc():
    x = 1
    "not a docstring"
print(nodoc.__doc__)

# Custom attributes
plain.version = "1.0"
plain.tags = ["a", "b"]
print(plain.version, plain.tags)
print(sorted(k for k in plain.__dict__))

# Renaming
plain.__name__ = "renamed"
plain.__qualname__ = "Somewhere.renamed"
print(plain.__name__, plain.__qualname__)

try:
    plain.__name__ = 42
except TypeError as e:
    print(type(e).__name__, e)

# Annotations
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__)

lam = lambda: 0
print(lam.__name__, lam.__doc__, lam.__defaults__)

print(type(plain).__name__, callable(plain), callable(5))
print(plain.__code__.co_varnames)
