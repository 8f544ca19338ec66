# add_note and __notes__

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("note int", lambda: e.add_note(5))
attempt("note None", lambda: e.add_note(None))
attempt("note bytes", lambda: e.add_note(b"x"))
attempt("no args", lambda: e.add_note())
attempt("two args", lambda: e.add_note("a", "b"))

class S(str):
    pass
e.add_note(S("subclass note"))
print(e.__notes__, type(e.__notes__[-1]).__name__)

# __notes__ replaced by a non-list
e2 = KeyError("k")
e2.__notes__ = ("tuple",)
attempt("notes tuple", lambda: e2.add_note("x"))
e2.__notes__ = "string"
attempt("notes str", lambda: e2.add_note("x"))
e2.__notes__ = ["ok"]
e2.add_note("appended")
print(e2.__notes__)
del e2.__notes__
e2.add_note("fresh")
print(e2.__notes__)

# notes survive raising and catching
try:
    try:
        raise TypeError("inner")
    except TypeError as t:
        t.add_note("added while handling")
        raise
except TypeError as t:
    print(t.__notes__)

# notes list is shared, not copied
lst = []
e3 = RuntimeError()
e3.__notes__ = lst
e3.add_note("into list")
print(lst)

# BaseException subclasses get it too
k = KeyboardInterrupt()
k.add_note("kb")
print(k.__notes__, "__notes__" in vars(k))

# notes on exception groups
eg = ExceptionGroup("grp", [ValueError(1)])
eg.add_note("group note")
print(eg.__notes__)
sub = eg.subgroup(ValueError)
print(sub.__notes__, sub.__notes__ is eg.__notes__)
print(BaseException.add_note.__name__, type(BaseException.__dict__["add_note"]).__name__)
