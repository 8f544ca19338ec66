# __bool__ / __len__ protocol errors

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bool True", lambda: bool(B(True)))
attempt("bool int", lambda: bool(B(1)))
attempt("bool None", lambda: bool(B(None)))
attempt("bool str", lambda: bool(B("x")))
attempt("not int", lambda: not B(0))
attempt("if int", lambda: "yes" if B(2) else "no")
attempt("and", lambda: B(1) and 5)
attempt("while", lambda: [x for x in [1] if B(0)])
attempt("len 3", lambda: (len(L(3)), bool(L(3)), bool(L(0))))
attempt("len negative", lambda: len(L(-1)))
attempt("bool negative len", lambda: bool(L(-1)))
attempt("len float", lambda: len(L(1.0)))
attempt("len str", lambda: len(L("3")))
attempt("len None", lambda: len(L(None)))
attempt("len huge", lambda: len(L(2 ** 63)))
attempt("len huge neg", lambda: len(L(-2 ** 63 - 1)))
attempt("len bool", lambda: len(L(True)))
attempt("bool huge len", lambda: bool(L(2 ** 100)))

class Idx:
    def __index__(self):
        return 4
attempt("len index", lambda: len(L(Idx())))

class IntSub(int):
    pass
r = len(L(IntSub(5)))
print(r, type(r).__name__)

# __bool__ preferred over __len__
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))

# __bool__ = None
class BoolNone:
    __bool__ = None
attempt("bool None attr", lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
attempt("len None attr", lambda: len(LenNone()))
attempt("truth of LenNone", lambda: bool(LenNone()))

# no __bool__ and no __len__: always true
class Neither:
    pass
print(bool(Neither()))

# len() on non-sized objects
attempt("len int", lambda: len(5))
attempt("len iterator", lambda: len(iter([])))
attempt("len generator", lambda: len(x for x in ()))
attempt("len none", lambda: len(None))
attempt("len no args", lambda: len())

# __bool__ raising
class Raises:
    def __bool__(self):
        raise ZeroDivisionError("no truth")
attempt("raises", lambda: bool(Raises()))
attempt("raises in any", lambda: any([Raises()]))
print(bool(B(False)), bool(B(True)), type(bool(L(2))).__name__)
