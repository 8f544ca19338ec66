# What may be raised and caught: classes, instances, non-exceptions

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except BaseException as e:
        print(label, type(e).__name__, e)

def raise_value(v):
    raise v

attempt("raise class", lambda: raise_value(ValueError))
attempt("raise instance", lambda: raise_value(ValueError("inst")))
attempt("raise int", lambda: raise_value(5))
attempt("raise str", lambda: raise_value("message"))
attempt("raise None", lambda: raise_value(None))
attempt("raise object class", lambda: raise_value(object))
attempt("raise non-exc instance", lambda: raise_value(object()))

class NotExc:
    pass
attempt("raise plain class", lambda: raise_value(NotExc))

# a class whose constructor fails or returns a non-exception
class BadInit(Exception):
    def __init__(self):
        raise KeyError("from __init__")
attempt("raise class with failing init", lambda: raise_value(BadInit))

class ReturnsOther(Exception):
    def __new__(cls):
        return 42
attempt("raise class returning non-exc", lambda: raise_value(ReturnsOther))

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
attempt("raise class needing args", lambda: raise_value(NeedsArgs))

# bare raise with nothing active
def bare():
    raise
attempt("bare raise", bare)

# except with a non-exception class
def catch_bad():
    try:
        raise ValueError("x")
    except int:
        pass
attempt("except int", catch_bad)

def catch_tuple_bad():
    try:
        raise ValueError("x")
    except (KeyError, "str"):
        pass
attempt("except tuple with str", catch_tuple_bad)

def catch_instance():
    try:
        raise ValueError("x")
    except ValueError("y"):
        pass
attempt("except instance", catch_instance)

# the non-matching exception propagates when no bad class is reached first
def catch_ok_first():
    try:
        raise ValueError("first")
    except ValueError:
        print("matched before the bad class")
    except 5:
        pass
attempt("good before bad", catch_ok_first)

# nested tuples in except are allowed
def nested_tuple():
    try:
        raise KeyError("k")
    except ((IndexError, (KeyError,)),):
        print("nested tuple matched")
attempt("nested tuple", nested_tuple)

# raising a BaseException subclass is not caught by except Exception
def raise_base():
    try:
        raise KeyboardInterrupt("ki")
    except Exception:
        print("wrong")
attempt("base not caught by Exception", raise_base)

# GeneratorExit and SystemExit are catchable by BaseException
for cls in (GeneratorExit, SystemExit, KeyboardInterrupt):
    try:
        raise cls("x")
    except BaseException as e:
        print("caught", type(e).__name__, e.args)

# re-raising inside except keeps the same object
try:
    try:
        raise ValueError("same")
    except ValueError as first:
        saved = first
        raise
except ValueError as second:
    print(second is saved)
