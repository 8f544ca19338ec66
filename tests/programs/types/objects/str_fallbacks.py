# str() fallbacks to __repr__, __str__ errors, str of builtins

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
class Both:
    def __repr__(self):
        return "repr"
    def __str__(self):
        return "str"

print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), [OnlyRepr()])
print(str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr(), "{}".format(OnlyStr()))
print(str(Both()), repr(Both()), f"{Both()!r}", f"{Both()!s}", f"{Both()!a}", [Both()], (Both(),))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))

class BadStr:
    def __str__(self):
        return 1
class NoneStr:
    def __str__(self):
        return None
class StrSub(str):
    pass
class SubStr:
    def __str__(self):
        return StrSub("subclass")

def attempt(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad str", lambda: str(BadStr()))
attempt("none str", lambda: str(NoneStr()))
attempt("print bad", lambda: print(BadStr()))
attempt("format bad", lambda: f"{BadStr()}")
attempt("percent bad", lambda: "%s" % BadStr())
attempt("str subclass result", lambda: str(SubStr()))
attempt("str.__str__ subclass", lambda: SubStr().__str__())

# str of str subclass returns an exact str
s = str(StrSub("abc"))
print(s, type(s).__name__, type(StrSub("abc").__str__()).__name__)

class StrSubWithStr(str):
    def __str__(self):
        return "overridden"
print(str(StrSubWithStr("x")), StrSubWithStr("x") + "", f"{StrSubWithStr('x')}", "%s" % StrSubWithStr("x"))

# str(bytes) and friends
print(str(b"ab"), str(bytearray(b"x")), str(1.0), str(-0.0), str(1e16), str(1j), str(None), str(True))
print(str(), repr(str()), str(object).startswith("<class"), str([1, "a"]), str({"k": "v"}))

# str() with encoding arguments
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
attempt("str encoding of str", lambda: str("abc", "utf-8"))
attempt("str bad encoding", lambda: str(b"x", "nope"))
attempt("str errors only", lambda: str(b"\xff", errors="strict"))
attempt("str kw object", lambda: str(object="kw"))
attempt("str too many", lambda: str(b"", "a", "b", "c"))

# str of exceptions
print(str(ValueError()), str(ValueError("a")), str(ValueError("a", "b")), str(KeyError("k")))
print(repr(ValueError()), repr(ValueError("a")), repr(ValueError("a", 2)))
