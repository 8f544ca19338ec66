# ExceptionGroup.split / subgroup / derive

def show(g, indent=""):
    if g is None:
        print(indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(indent + f"{type(g).__name__}({g.message!r})")
        for e in g.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(g))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)])])

match, rest = eg.split(ValueError)
print("split ValueError")
show(match)
show(rest)

match, rest = eg.split((TypeError, KeyError))
print("split (TypeError, KeyError)")
show(match)
show(rest)

print("subgroup LookupError")
show(eg.subgroup(LookupError))
print("subgroup OSError")
show(eg.subgroup(OSError))
print("subgroup Exception is self:", eg.subgroup(Exception) is eg)
m, r = eg.split(Exception)
print("split Exception:", m is eg, r)

print("predicate split")
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
show(m)
show(r)
print("predicate matching the group itself")
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested"))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("split int", lambda: eg.split(1))
attempt("split instance", lambda: eg.split(ValueError()))
attempt("subgroup str", lambda: eg.subgroup("x"))
attempt("split tuple with non-type", lambda: eg.split((ValueError, 1)))

# metadata copied to split parts
eg2 = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
eg2.__cause__ = KeyError("cause")
eg2.__context__ = IndexError("ctx")
eg2.add_note("note")
try:
    raise eg2
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(type(m.__cause__).__name__, type(m.__context__).__name__, m.__notes__, m.__traceback__ is caught.__traceback__)
    print(type(r.__cause__).__name__, r.__notes__)

# derive
d = eg2.derive([KeyError("new")])
print(type(d).__name__, d.message, d.exceptions, d.__notes__ if hasattr(d, "__notes__") else "no notes", d.__cause__)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("custom", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt("bad derive", lambda: BadDerive("bd", [ValueError(), TypeError()]).split(ValueError))

# base exception group with a base exception
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
m, r = beg.split(Exception)
print(type(m).__name__, type(r).__name__, r.exceptions)
m, r = beg.split(KeyboardInterrupt)
print(type(m).__name__, type(r).__name__)
