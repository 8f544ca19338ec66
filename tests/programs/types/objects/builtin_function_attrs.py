# Attributes of builtin functions and methods

for f in [len, print, isinstance, iter, next, sorted, getattr, max, abs, repr]:
    print(f.__name__, f.__qualname__, f.__module__, type(f).__name__, f.__self__.__name__, callable(f))

print(len.__doc__.splitlines()[0])
print(abs.__doc__.splitlines()[0])
print(isinstance.__doc__.splitlines()[0])
print(repr(len).startswith("<built-in function len>"), repr(len))
print(len == len, len != abs, hash(len) == hash(len))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("set attr on builtin", lambda: setattr(len, "x", 1))
attempt("set __name__", lambda: setattr(len, "__name__", "other"))
attempt("missing attr", lambda: len.missing)
attempt("len kw", lambda: len(obj=[]))
attempt("abs kw", lambda: abs(x=1))
attempt("isinstance kw", lambda: isinstance(1, classinfo=int))
attempt("iter kw", lambda: iter(obj=[]))
attempt("repr two", lambda: repr(1, 2))
attempt("getattr kw", lambda: getattr(1, "real", default=0))
attempt("divmod one arg", lambda: divmod(1))
attempt("pow kw names", lambda: pow(base=2, exp=3, mod=5))
attempt("round kw", lambda: round(number=2.5, ndigits=None))
attempt("sorted kw", lambda: sorted([3, 1], key=None, reverse=True))
attempt("sum start kw", lambda: sum([1], start=10))
attempt("int kw base", lambda: int("10", base=2))
attempt("int kw x", lambda: int(x="10"))

# methods of builtin types
m = "abc".upper
print(m.__name__, m.__qualname__, m.__self__, type(m).__name__)
print(str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__, str.upper.__objclass__.__name__)
print(dict.fromkeys.__self__ is dict, type(dict.fromkeys).__name__, type(dict.__dict__["fromkeys"]).__name__)
attempt("unbound method no args", lambda: str.upper())
attempt("unbound method wrong self", lambda: str.upper(5))
attempt("list.append wrong self", lambda: list.append((), 1))
attempt("method descriptor kw", lambda: str.upper("a", x=1))
print(str.upper("abc"), list.__len__([1, 2]), dict.get({"a": 1}, "a"))

# __text_signature__ is None for functions without one, present for many
print(type(len.__text_signature__).__name__)
