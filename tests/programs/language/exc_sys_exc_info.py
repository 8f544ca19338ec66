# sys.exc_info() and sys.exception() during and after handling.
import sys

print(sys.exc_info(), sys.exception())

try:
    raise ValueError("current")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), type(tb).__name__, tb is ev.__traceback__)
    print(repr(sys.exception()), sys.exception() is ev)

print("after handler:", sys.exc_info(), sys.exception())

# Nested handling: innermost exception is current, then restored
try:
    raise KeyError("outer")
except KeyError:
    print("1:", repr(sys.exception()))
    try:
        raise IndexError("inner")
    except IndexError:
        print("2:", repr(sys.exception()))
    print("3:", repr(sys.exception()))
print("4:", sys.exception())

# In a function called from a handler
def report():
    exc = sys.exception()
    return f"report sees {exc!r}"
try:
    1 / 0
except ZeroDivisionError:
    print(report())
print(report())

# In finally without exception, and during exception propagation
def f():
    try:
        raise TypeError("propagating")
    finally:
        print("finally sees:", repr(sys.exception()))
try:
    f()
except TypeError:
    pass

try:
    pass
finally:
    print("finally without exception:", sys.exception())

# Inside a generator: the caller's handled exception is visible
def gen():
    yield repr(sys.exception())
try:
    raise OSError("in caller")
except OSError:
    g = gen()
    print("generator sees:", next(g))

# except* sets the current exception to the matched group
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("in except*:", repr(sys.exception()))

# Exception variable is cleared but sys.exc_info was already restored
try:
    raise RuntimeError("x")
except RuntimeError as e:
    saved = e
print(repr(saved), "e" in dir())
