# NameError.name and AttributeError.name/.obj, set by the runtime and by the constructor

try:
    undefined_variable_q
except NameError as e:
    print(type(e).__name__, e.name, e.args, str(e))

def f():
    print(local_before)
    local_before = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e.name, str(e))

def outer():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e.name, str(e))
    free = 1
outer()

class A:
    x = 1
a = A()
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a, str(e))
try:
    A.missing_cls
except AttributeError as e:
    print(e.name, e.obj is A, str(e))
try:
    (5).nope
except AttributeError as e:
    print(e.name, e.obj, str(e))
try:
    import sys
    sys.nope_attr
except AttributeError as e:
    print(e.name, e.obj is sys, str(e))
try:
    a.__slots_missing__ = 1
    del a.other
except AttributeError as e:
    print(e.name, e.obj is a, str(e))

# constructed manually
e = NameError("msg", name="n")
print(e.name, e.args, str(e))
e = NameError()
print(e.name, e.args)
e = AttributeError("msg", name="attr", obj=[1])
print(e.name, e.obj, e.args)
e = AttributeError()
print(e.name, e.obj)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("NameError bad kw", lambda: NameError(obj=1))
attempt("AttributeError bad kw", lambda: AttributeError(path=1))
attempt("NameError positional name", lambda: NameError("a", "b").name)

# settable
e = AttributeError("x")
e.name = "set"
e.obj = 3
print(e.name, e.obj)

# __getattr__ raising AttributeError without name: the runtime doesn't fill it in later
class G:
    def __getattr__(self, name):
        raise AttributeError("custom")
try:
    G().thing
except AttributeError as err:
    print(err.name, type(err.obj).__name__, str(err))

# getattr with default swallows; hasattr too
print(getattr(a, "missing", "dflt"), hasattr(a, "missing"))

# del of a missing global
try:
    del never_defined_global
except NameError as err:
    print(err.name, str(err))
