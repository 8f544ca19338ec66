# bin(), oct(), hex() with ints, bools and __index__

for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70), True, False]:
    print(v, bin(v), oct(v), hex(v))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Idx(5)), oct(Idx(-8)), hex(Idx(2 ** 40)))

class BadIndex:
    def __index__(self):
        return "no"
class FloatIndex:
    def __index__(self):
        return 1.5
class BoolIndex:
    def __index__(self):
        return True
class IntSub(int):
    pass
class SubIndex:
    def __index__(self):
        return IntSub(7)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad index", lambda: bin(BadIndex()))
attempt("float index", lambda: hex(FloatIndex()))
attempt("bool index", lambda: oct(BoolIndex()))
attempt("subclass index", lambda: hex(SubIndex()))
attempt("float", lambda: bin(1.5))
attempt("str", lambda: hex("10"))
attempt("None", lambda: oct(None))
attempt("no args", lambda: bin())
attempt("two args", lambda: hex(1, 2))
attempt("int subclass", lambda: bin(IntSub(6)))

# __index__ is looked up on the type
i = Idx(3)
i.__index__ = lambda: 99
print(bin(i))

# formatting equivalence
for v in [10, -10, 0]:
    print(format(v, "#b") == bin(v), format(v, "#o") == oct(v), format(v, "#x") == hex(v))
print(int(bin(123), 0), int(oct(123), 0), int(hex(123), 0), int(hex(-123), 16))

# __index__ is used by other builtins too
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], range(Idx(3)))
attempt("list index bad", lambda: [1][BadIndex()])
attempt("operator index", lambda: (5).__index__())
