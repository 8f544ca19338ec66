# __slots__ behavior and errors

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "y"), P.__slots__, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("unset slot", lambda: p.y)
attempt("new attr", lambda: setattr(p, "z", 1))
attempt("__dict__", lambda: p.__dict__)
attempt("del unset", lambda: delattr(p, "y"))
p.y = 2
del p.y
attempt("del twice", lambda: delattr(p, "y"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)

class Sub(P):
    pass
s = Sub(5)
s.extra = 9
print(s.x, s.__dict__)

class SubSlots(P):
    __slots__ = ("z",)
ss = SubSlots(1)
ss.z = 3
print(ss.x, ss.z)
attempt("subslots new", lambda: setattr(ss, "q", 1))

attempt("conflict", lambda: type("C", (), {"__slots__": ("v",), "v": 0}))
attempt("bad item", lambda: type("C", (), {"__slots__": (1,)}))
attempt("dict twice", lambda: type("C", (WithDict,), {"__slots__": ("__dict__",)}))
attempt("not ident", lambda: type("C", (), {"__slots__": ("a-b",)}))

class StrSlots:
    __slots__ = "only"
print(StrSlots.__slots__, type(StrSlots.only).__name__)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Private().get(), sorted(k for k in Private.__dict__ if "secret" in k))

class ListSlots:
    __slots__ = ["a", "b"]
print(ListSlots.__slots__, type(ListSlots.__slots__).__name__)

class DictSlots:
    __slots__ = {"a": "doc for a", "b": None}
print(sorted(DictSlots.__slots__), DictSlots.a.__doc__, DictSlots.b.__doc__)

class EmptySlots:
    __slots__ = ()
attempt("empty slots setattr", lambda: setattr(EmptySlots(), "a", 1))

# slots on an int subclass: nonempty slots are not supported
attempt("int slots", lambda: type("I", (int,), {"__slots__": ("a",)}))
attempt("tuple slots", lambda: type("T", (tuple,), {"__slots__": ("a",)}))
print(type("I", (int,), {"__slots__": ()})(5))

# layout conflicts between slotted bases
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("b",)
attempt("layout conflict", lambda: type("L3", (L1, L2), {}))
class L4(L1, object):
    pass
print([c.__name__ for c in L4.__mro__])

# the slot descriptor works on the class's instances only
attempt("descriptor wrong type", lambda: P.x.__get__(WithDict()))
attempt("descriptor set wrong type", lambda: P.x.__set__(1, 2))
print(P.x.__get__(None, P) is P.x)
