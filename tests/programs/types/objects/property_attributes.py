# property: fget/fset/fdel/doc, getter/setter/deleter, __isabstractmethod__, errors

class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        "the x property"
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        del self._x
    x = property(getx, setx, delx)
    ro = property(lambda self: "read-only")
    wo = property(None, setx)
    documented = property(getx, doc="explicit doc")

c = C()
c.x = 5
print(c.x, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.x.__doc__)
del c.x
print(hasattr(c, "_x"), C.documented.__doc__, C.ro.__doc__, C.ro.fset, C.ro.fdel)
print(type(C.x).__name__, C.x.__get__(None, C) is C.x)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("set read-only", lambda: setattr(c, "ro", 1))
attempt("del read-only", lambda: delattr(c, "ro"))
attempt("get write-only", lambda: c.wo)
attempt("property(1)", lambda: property(1).__get__(c))
attempt("property kw", lambda: property(fget=None, fset=None, fdel=None, doc=None, extra=1))
attempt("fget readonly", lambda: setattr(C.x, "fget", None))
attempt("__get__ no args", lambda: C.x.__get__())
attempt("__set__ ro", lambda: C.ro.__set__(c, 1))

# getter/setter/deleter make new properties
class D:
    @property
    def v(self):
        "v doc"
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @v.deleter
    def v(self):
        print("deleting")
d = D()
d.v = 4
print(d.v, D.v.__doc__)
del d.v
p1 = D.v
p2 = p1.getter(lambda self: "new getter")
print(p1 is p2, p2.fset is p1.fset, p2.__doc__)

# __isabstractmethod__
def abstract(f):
    f.__isabstractmethod__ = True
    return f
ab = property(abstract(lambda self: 1))
print(ab.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__, property().__isabstractmethod__)
ab2 = property(None, abstract(lambda s, v: None))
print(ab2.__isabstractmethod__)

# __set_name__ and __name__
class E:
    named = property(lambda self: 1)
print(E.named.__name__)
p = property(lambda self: 1)
attempt("unnamed __name__", lambda: p.__name__)
def fname(self):
    pass
print(property(fname).__name__)
p.__name__ = "given"
print(p.__name__)

# subclass of property keeps doc per instance
class MyProp(property):
    "MyProp class doc"
mp = MyProp(lambda self: 1, doc="instance doc")
print(mp.__doc__, MyProp(fname).__doc__)

# doc taken from fget
def with_doc(self):
    "from fget"
print(property(with_doc).__doc__, property(with_doc, doc="override").__doc__)
print(repr(property().__doc__))
attempt("empty property get", lambda: D().__class__.__dict__["v"].__get__(D()))
attempt("call property", lambda: property()(1))
