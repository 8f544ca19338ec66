# What object provides by default: __class__, __dir__, __format__, __init_subclass__,
# __subclasshook__, __reduce_ex__ presence, __eq__/__hash__ relations, __doc__

o = object()
print(type(o).__name__, o.__class__ is object, object.__base__, object.__bases__)
names = [n for n in dir(object)]
print(names == sorted(names), len(names) >= 23)
print([n for n in dir(object) if n in ("__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
                                        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
                                        "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
                                        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
                                        "__str__", "__subclasshook__")])
print(object.__doc__.splitlines()[0])
print(object.__subclasshook__(int), object.__init_subclass__())
print(o.__format__("") == str(o), format(o, "") == repr(o))
print(o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__ne__(1))
print(o.__hash__() == hash(o), o.__str__() == o.__repr__())
print(sorted(o.__dir__()) == dir(o))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("setattr on object()", lambda: setattr(o, "x", 1))
attempt("__dict__ of object()", lambda: o.__dict__)
attempt("vars(object())", lambda: vars(o))
attempt("object.__eq__ no args", lambda: object.__eq__(o))
attempt("object.__repr__ no args", lambda: object.__repr__())
attempt("object.__init__ args", lambda: object.__init__(o, 1))
attempt("object.__setattr__ builtin", lambda: object.__setattr__(int, "x", 1))
attempt("object.__setattr__ non-str", lambda: object.__setattr__(o, 1, 2))
attempt("object.__delattr__ missing", lambda: object.__delattr__(o, "nope"))
attempt("object.__getattribute__ missing", lambda: object.__getattribute__(o, "nope"))
attempt("object.__format__ bad spec", lambda: object.__format__(o, "5"))
attempt("object.__lt__", lambda: object.__lt__(o, o))
attempt("object.__subclasshook__", lambda: object.__subclasshook__())
attempt("object.__init_subclass__ arg", lambda: object.__init_subclass__(1))

# user classes inherit everything
class C:
    pass
c = C()
print(c == c, c != C(), c.__dict__, C.__dict__["__dict__"].__name__, "__weakref__" in C.__dict__)
c.attr = 1
print(c.__dict__, dir(c)[-1], "attr" in dir(c))
print(c.__reduce_ex__ is not None, callable(c.__reduce_ex__), "__getstate__" in dir(c))
print(c.__sizeof__() > 0, type(c.__sizeof__()).__name__)

# __eq__ defined without __hash__ sets __hash__ to None on that class only
class E:
    def __eq__(self, other):
        return NotImplemented
print(E.__hash__ is None, "__hash__" in E.__dict__, C.__hash__ is object.__hash__)
class F(E):
    pass
print(F.__hash__ is None, "__hash__" in F.__dict__)

# object() takes no arguments, even through subclasses without __init__/__new__
attempt("object(1)", lambda: object(1))
attempt("C(1)", lambda: C(1))
attempt("C(x=1)", lambda: C(x=1))
print(object.__new__(C).__class__.__name__)
