# repr() and ascii(), and the rules for __repr__ results

print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(repr("caf\u00e9"), ascii("caf\u00e9"), ascii("\u20ac"), ascii("\U0001f600"), ascii("\x7f"))
print(ascii([1, "\u00e9", ("\u4e2d",)]), ascii({"k\u00e9": "v"}), ascii(b"\xff"))
print(repr(1.0), repr(-0.0), repr(1e100), repr(1 + 2j), repr(None), repr(...), repr(NotImplemented))
print(repr(b"a'b"), repr(bytearray(b"\x00")), repr(range(1, 5, 2)), repr(slice(None, 2)))
print(repr(frozenset()), repr(set()), repr({}), repr(()), repr((1,)), repr([[]]))

class R:
    def __repr__(self):
        return "R\u00e9"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))

class BadRepr:
    def __repr__(self):
        return 42
class NoneRepr:
    def __repr__(self):
        return None
class StrSubRepr:
    def __repr__(self):
        class S(str):
            pass
        return S("sub")
class BytesRepr:
    def __repr__(self):
        return b"bytes"

def attempt(label, fn):
    try:
        r = fn()
        print(label, r, type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("int repr", lambda: repr(BadRepr()))
attempt("None repr", lambda: repr(NoneRepr()))
attempt("str sub repr", lambda: repr(StrSubRepr()))
attempt("bytes repr", lambda: repr(BytesRepr()))
attempt("ascii int repr", lambda: ascii(BadRepr()))
attempt("list with bad", lambda: repr([BadRepr()]))
attempt("f-string !r", lambda: f"{BadRepr()!r}")
attempt("str falls to repr", lambda: str(BadRepr()))
attempt("repr no args", lambda: repr())
attempt("ascii two args", lambda: ascii(1, 2))

# recursive containers
lst = [1]
lst.append(lst)
print(repr(lst))
d = {}
d["self"] = d
print(repr(d))
t = ([],)
t[0].append(t)
print(repr(t))

# repr of a class instance defaults to <... object at ...>: check the shape only
o = object()
r = repr(o)
print(r.startswith("<object object at 0x"), r.endswith(">"))
class Q:
    pass
print(repr(Q()).startswith("<__main__.Q object at 0x"))
print(repr(Q), repr(int), repr(type), repr(len).startswith("<built-in function len"))

# repr of a class uses the metaclass
class Meta(type):
    def __repr__(cls):
        return f"Meta<{cls.__name__}>"
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), [WithMeta], str(WithMeta))
# an instance attribute named __repr__ is ignored
q = Q()
q.__repr__ = lambda: "instance"
print(repr(q).startswith("<__main__.Q"))
