# How calling a class works: __new__ and __init__ lookup, argument passing, return values

log = []

class Traced:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args, kwargs))
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        log.append(("init", type(self).__name__, args, kwargs))

Traced(1, k=2)
print(log)
log.clear()

# __init__ not called if __new__ returns an instance of an unrelated class
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        log.append("never")
print(type(ReturnsOther()).__name__, log)

# __new__ is a static method implicitly
print(type(Traced.__dict__["__new__"]).__name__)

# __init__ defined as a non-function callable
class CallableInit:
    def __call__(self, instance, value):
        instance.value = value
class UsesCallableInit:
    __init__ = CallableInit()
try:
    print(UsesCallableInit(5).value)
except TypeError as e:
    print(type(e).__name__, e)

def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class InitReturns:
    def __init__(self):
        return "value"
attempt("init returns str", InitReturns)

class InitReturnsNone:
    def __init__(self):
        return None
attempt("init returns None", InitReturnsNone)

class NewNotCallable:
    __new__ = 5
attempt("new not callable", NewNotCallable)

class InitNone:
    __init__ = None
attempt("init None", InitNone)

class NewNone:
    __new__ = None
attempt("new None", NewNone)

# calling a builtin type's __new__ / __init__ directly
print(int.__new__(int, 5), str.__new__(str, "s"), list.__new__(list), tuple.__new__(tuple, [1]))
lst = [1, 2]
list.__init__(lst, [3])
print(lst)
d = {"a": 1}
dict.__init__(d, b=2)
print(d)
attempt("int.__new__ non-type", lambda: int.__new__(5))
attempt("list.__init__ wrong self", lambda: list.__init__((), [1]))

# classes that cannot be instantiated
attempt("NoneType()", lambda: type(None)())
attempt("NoneType(1)", lambda: type(None)(1))
attempt("function type()", lambda: type(lambda: 0)())
attempt("bool subclass", lambda: type("B", (bool,), {}))
attempt("builtin_function_or_method()", lambda: type(len)())
attempt("generator type()", lambda: type((x for x in ()))())
attempt("ellipsis(1)", lambda: type(...)(1))

# a class object is called through its metaclass's __call__
class Meta(type):
    def __call__(cls, *args):
        return ("meta call", cls.__name__, args)
class M(metaclass=Meta):
    def __init__(self):
        raise AssertionError("not reached")
print(M(1, 2))
