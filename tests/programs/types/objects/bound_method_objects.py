# Bound method objects: __self__, __func__, equality, hashing, attribute access

class C:
    def m(self, x=1):
        "m doc"
        return x
    @classmethod
    def cm(cls):
        return cls.__name__

c = C()
bm = c.m
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(bm.__module__, bm(5), bm(x=7))
print(c.m == c.m, c.m is c.m, c.m != C().m, hash(c.m) == hash(c.m))
print(C.cm.__self__ is C, C.cm.__func__ is C.__dict__["cm"].__func__, C.cm())

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("set attr on method", lambda: setattr(c.m, "x", 1))
attempt("get missing attr", lambda: c.m.nope)
C.m.tag = "function attribute"
print(c.m.tag)
attempt("too many args", lambda: c.m(1, 2))
attempt("unexpected kw", lambda: c.m(y=2))
attempt("unbound call missing self", lambda: C.m())

# builtin bound methods
lst = [3, 1]
ap = lst.append
print(type(ap).__name__, ap.__self__ is lst, ap.__name__, ap.__qualname__)
ap(2)
print(lst, [].append == [].append, lst.append == lst.append)
print(type(len).__name__, len.__self__.__name__, len.__name__, len.__qualname__, len.__module__)
print((1).__add__(2), type((1).__add__).__name__ if False else "skip")

# method type constructor
MethodType = type(c.m)
m2 = MethodType(lambda self: ("bound", type(self).__name__), c)
print(m2())
attempt("MethodType non-callable", lambda: MethodType(1, c))
attempt("MethodType None self", lambda: MethodType(len, None))

# equality depends on both __self__ identity and __func__
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def m(self):
        pass
a, b = Eq(), Eq()
print(a.m == b.m, a.m == a.m)

# repr shape
print(repr(c.m).startswith("<bound method C.m of <__main__.C object at"))
print(repr(lst.append).startswith("<built-in method append of list object at"))
print(repr(C.cm) == f"<bound method C.cm of {C!r}>")

# calling through the class with explicit self
print(C.m(c, 9), C.__dict__["m"](c))
print(callable(bm), bm.__func__.__code__.co_argcount, bm.__func__.__defaults__)
