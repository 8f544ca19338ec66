# ImportError / ModuleNotFoundError attributes: msg, name, path, name_from

e = ImportError("cannot import", name="mod", path="/x/mod.py")
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
e = ImportError()
print(e.msg, e.name, e.path, e.args, repr(str(e)), repr(e))
e = ImportError("a", "b")
print(e.msg, e.args, str(e))
e = ImportError(name="only name")
print(e.msg, e.name, e.args, repr(str(e)))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("bad kw", lambda: ImportError("x", other=1))
attempt("two bad kws", lambda: ImportError(a=1, b=2))
attempt("name_from kw", lambda: ImportError("x", name_from="y"))

e = ModuleNotFoundError("No module named 'zz'", name="zz")
print(type(e).__name__, e.name, e.msg, e.path, isinstance(e, ImportError))

# real import failures
try:
    import module_that_does_not_exist_xyz
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, repr(err.path), err.msg, err.args)

try:
    from sys import does_not_exist_abc
except ImportError as err:
    print(type(err).__name__, err.name, err.msg)

try:
    import sys.nonexistent_sub
except ImportError as err:
    print(type(err).__name__, err.name, str(err))

# attributes are writable
e = ImportError("m")
e.name = "changed"
e.path = 5
e.msg = "new msg"
print(e.name, e.path, e.msg, str(e), e.args)

# subclass with extra kwargs handled by __init__
class MyImportError(ImportError):
    def __init__(self, *args, extra=None, **kw):
        super().__init__(*args, **kw)
        self.extra = extra
m = MyImportError("x", extra=1, name="n")
print(m.extra, m.name, m.args)

print(ImportError.__init__.__doc__ is not None or True)
print(ImportError("a", name="n") .__reduce__()[1:] if False else "reduce skipped")
print(str(ImportError(1)), str(ImportError(None)), repr(ImportError("x", path="p")))
