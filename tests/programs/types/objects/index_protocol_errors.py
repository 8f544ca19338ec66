# __index__ and integer conversion protocol errors

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

seq = list(range(10))
attempt("list index", lambda: seq[Idx(3)])
attempt("list slice", lambda: seq[Idx(1):Idx(4):Idx(2)])
attempt("non-int index", lambda: seq[Idx("3")])
attempt("float index", lambda: seq[Idx(3.0)])
attempt("none index", lambda: seq[Idx(None)])
attempt("float subscript", lambda: seq[1.0])
attempt("str subscript", lambda: seq["1"])
attempt("none slice", lambda: seq[None:Idx(2)])
attempt("bad slice", lambda: seq["a":])
attempt("tuple bad", lambda: (1, 2)[1.5])
attempt("str bad", lambda: "ab"[None])
attempt("range bad", lambda: range(5)[2.0])
attempt("range Idx", lambda: range(Idx(5))[Idx(-1)])
attempt("range float arg", lambda: range(1.5))
attempt("repeat Idx", lambda: [0] * Idx(3))
attempt("repeat float", lambda: [0] * 2.0)
attempt("str repeat Idx", lambda: "ab" * Idx(2))
attempt("int() of Idx", lambda: int(Idx(7)))
attempt("int() of bad Idx", lambda: int(Idx("x")))
attempt("pow Idx mod", lambda: pow(2, 10, Idx(7)))
attempt("round ndigits", lambda: round(3.14159, Idx(2)))
attempt("round bad", lambda: round(3.14159, 1.5))
attempt("huge index", lambda: seq[2 ** 100])
attempt("huge Idx", lambda: seq[Idx(2 ** 100)])
attempt("list insert float", lambda: [].insert(1.0, 1))
attempt("list pop str", lambda: [1].pop("0"))
attempt("bytes Idx", lambda: bytes([Idx(65), Idx(66)]))
attempt("bytes bad", lambda: bytes([Idx(256)]))
attempt("chr Idx", lambda: chr(Idx(97)))
attempt("hex bad", lambda: hex(Idx(1.0)))
attempt("slice indices", lambda: slice(Idx(1), None, Idx(2)).indices(Idx(10)))
attempt("slice indices bad", lambda: slice(1.5).indices(10))
attempt("slice zero step", lambda: slice(None, None, 0).indices(10))
attempt("index of index", lambda: Idx(Idx(3)).__index__().__index__())

# __index__ is used by operator-free contexts: bin, oct, range, enumerate start
print(list(range(Idx(2), Idx(8), Idx(3))), list(enumerate("a", Idx(5))))

# __int__ alone is not enough for indexing
class IntOnly:
    def __int__(self):
        return 2
attempt("__int__ only index", lambda: seq[IntOnly()])
attempt("__int__ only int()", lambda: int(IntOnly()))
class IntReturnsFloat:
    def __int__(self):
        return 2.5
attempt("__int__ returns float", lambda: int(IntReturnsFloat()))
class FloatReturnsInt:
    def __float__(self):
        return 2
attempt("__float__ returns int", lambda: float(FloatReturnsInt()))
class ComplexReturnsFloat:
    def __complex__(self):
        return 1.0
attempt("__complex__ returns float", lambda: complex(ComplexReturnsFloat()))
