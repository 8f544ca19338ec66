# __qualname__, __module__, __doc__ on classes and functions, assignment and errors

class Outer:
    """Outer doc."""
    class Inner:
        def meth(self):
            def local():
                pass
            return local
    def f(self):
        class InF:
            pass
        return InF

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.Inner().meth().__qualname__)
print(Outer().f().__qualname__, Outer().f().__name__)
print(Outer.__module__, Outer.Inner.__module__, Outer.f.__module__)
print(Outer.__doc__, Outer.Inner.__doc__)
print(int.__qualname__, int.__module__, object.__module__, type.__module__)
print(str.upper.__qualname__, list.append.__qualname__, len.__qualname__)

Outer.__qualname__ = "Renamed"
print(Outer.__qualname__, Outer.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Outer.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__qualname__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

Outer.__module__ = "mymod"
print(Outer.__module__)
Outer.__module__ = 42
print(Outer.__module__)
try:
    int.__module__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

Outer.__doc__ = "changed"
print(Outer.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc().__doc__)
class SubDoc(Outer):
    pass
print(SubDoc.__doc__)

# functions
def fn():
    "fn doc"
print(fn.__qualname__, fn.__doc__, fn.__module__)
fn.__qualname__ = "other"
fn.__doc__ = None
fn.__module__ = None
print(fn.__qualname__, fn.__doc__, fn.__module__)
try:
    fn.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    fn.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del fn.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    del fn.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
print(repr(fn)[:18])
lam = lambda: 0
print(lam.__name__, lam.__qualname__)

class WithQual:
    __qualname__ = "Explicit"
print(WithQual.__qualname__, "__qualname__" in WithQual.__dict__)
try:
    class BadQual:
        __qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
