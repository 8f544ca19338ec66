# getattr / setattr / delattr / hasattr, defaults and errors

class A:
    cls_attr = "class"
    def __init__(self):
        self.x = 1

a = A()
print(getattr(a, "x"), getattr(a, "cls_attr"), getattr(a, "missing", "dflt"), getattr(a, "missing", None))
print(hasattr(a, "x"), hasattr(a, "nope"), hasattr(A, "cls_attr"), hasattr(A, "x"))
setattr(a, "y", 2)
print(a.y, vars(a))
delattr(a, "y")
print(hasattr(a, "y"))
setattr(a, "with space", 3)
print(getattr(a, "with space"), sorted(vars(a)))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("getattr missing", lambda: getattr(a, "nope"))
attempt("getattr int name", lambda: getattr(a, 1))
attempt("getattr int name with default", lambda: getattr(a, 1, 2))
attempt("getattr no args", lambda: getattr())
attempt("getattr one arg", lambda: getattr(a))
attempt("getattr four args", lambda: getattr(a, "x", 1, 2))
attempt("setattr int name", lambda: setattr(a, 5, 1))
attempt("setattr two args", lambda: setattr(a, "z"))
attempt("delattr missing", lambda: delattr(a, "nope"))
attempt("delattr int name", lambda: delattr(a, None))
attempt("hasattr int name", lambda: hasattr(a, 1))
attempt("hasattr one arg", lambda: hasattr(a))
attempt("setattr on int", lambda: setattr(1, "x", 1))
attempt("setattr on object()", lambda: setattr(object(), "x", 1))
attempt("setattr builtin type", lambda: setattr(int, "x", 1))
attempt("delattr builtin type", lambda: delattr(int, "real"))
attempt("delattr class missing", lambda: delattr(A, "nope"))
attempt("getattr class missing", lambda: getattr(A, "nope"))
attempt("getattr module missing", lambda: getattr(__import__("sys"), "nope"))
attempt("setattr readonly", lambda: setattr(1, "real", 2))
attempt("delattr readonly", lambda: delattr((1).__class__, "__name__"))
attempt("getattr int missing", lambda: getattr(5, "foo"))
attempt("getattr None missing", lambda: getattr(None, "foo"))

# hasattr only swallows AttributeError
class Raises:
    @property
    def bad(self):
        raise ValueError("from property")
    @property
    def attr_err(self):
        raise AttributeError("hidden")
r = Raises()
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "default used"))
attempt("hasattr ValueError", lambda: hasattr(r, "bad"))
attempt("getattr default ValueError", lambda: getattr(r, "bad", 0))

# str subclass names
class Name(str):
    pass
setattr(a, Name("sub"), 7)
print(getattr(a, Name("sub")), a.sub, [type(k).__name__ for k in vars(a)])

# class attributes via setattr
setattr(A, "added", lambda self: "method")
print(a.added())
delattr(A, "added")
print(hasattr(a, "added"))
