# ExceptionGroup / BaseExceptionGroup construction rules and attributes

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args, str(eg), repr(eg))
print(type(eg.exceptions).__name__, len(eg.exceptions))

beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__, "becomes ExceptionGroup when all are Exceptions")

def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("not sequence", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("non-exception item", lambda: ExceptionGroup("m", [1]))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("no args", lambda: ExceptionGroup())
attempt("kwargs", lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt("base exc in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("tuple ok", lambda: ExceptionGroup("m", (ValueError(),)))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()])]))
attempt("str sub message", lambda: ExceptionGroup(type("S", (str,), {})("s"), [ValueError()]).message)

# exceptions attribute is a tuple copy
items = [ValueError("a")]
g = ExceptionGroup("m", items)
items.append(TypeError())
print(len(g.exceptions), g.exceptions[0] is items[0])
attempt("set exceptions", lambda: setattr(g, "exceptions", ()))
attempt("set message", lambda: setattr(g, "message", "x"))

# subclassing
class MyGroup(ExceptionGroup):
    pass
m = MyGroup("mine", [ValueError()])
print(type(m).__name__, repr(m), isinstance(m, ExceptionGroup))

class MyBaseGroup(BaseExceptionGroup):
    pass
attempt("MyBaseGroup with exceptions", lambda: MyBaseGroup("m", [ValueError()]))
attempt("MyBaseGroup with base", lambda: MyBaseGroup("m", [SystemExit()]))

class Both(ExceptionGroup, ValueError):
    pass
attempt("Both", lambda: Both("b", [ValueError()]))

class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
w = WithInit("w", [ValueError()], 42)
print(w.extra, w.args, str(w))

print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("three", [ValueError()] * 3)))
print(ExceptionGroup.__mro__[1].__name__, ExceptionGroup.__bases__)
