# __index__: hex/bin/oct, slicing, range, repetition, and where __int__ is not enough.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class OnlyInt:
    def __int__(self):
        return 3
class BadIdx:
    def __index__(self):
        return "3"
class BoolIdx:
    def __index__(self):
        return True
print(hex(Idx(255)), bin(Idx(-5)), oct(Idx(2**70)), hex(True), bin(False))
print("abcdef"[Idx(1):Idx(4)], [1, 2, 3][Idx(-1)], list(range(Idx(2), Idx(8), Idx(3))), "ab" * Idx(3), Idx(2) * [0], (1,) * Idx(2))
print(range(10)[Idx(3)], b"xyz"[Idx(1)], "%x" % Idx(26), "%c" % Idx(65), format(Idx(9), "") if False else "", int(Idx(12)), float(Idx(2)), complex(Idx(4)))
print(pow(Idx(2), Idx(5)) if False else "", round(1.23456, Idx(2)), (1).to_bytes(Idx(2), "big"), chr(Idx(97)), bytes([Idx(65)]) if False else "")
for f in [lambda: hex(OnlyInt()), lambda: "abc"[OnlyInt()], lambda: [1] * OnlyInt(), lambda: range(OnlyInt()), lambda: hex(BadIdx()),
          lambda: "abc"[BadIdx()], lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: "ab"[1.0], lambda: [1][Idx(5)],
          lambda: round(1.5, OnlyInt()), lambda: chr(OnlyInt()), lambda: range(Idx(1.5) if False else BadIdx())]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
r = hex(BoolIdx())
print(r, "ab"[BoolIdx()], [5, 6][BoolIdx()])
class MyInt(int):
    def __index__(self):
        return 99
m = MyInt(5)
print(hex(m), "abcdefg"[m], list(range(m)), bin(m), m.__index__(), int(m), "%d" % m, "%x" % m, [0] * 1 if False else len([0] * m))
class Both:
    def __index__(self):
        return 4
    def __int__(self):
        return 5
    def __float__(self):
        return 6.0
print(int(Both()), float(Both()), hex(Both()), complex(Both()), "%d" % Both(), "%f" % Both(), round(2.71828, Both()))
print(int.__index__(5), True.__index__(), type(True.__index__()).__name__, (2**80).__index__() == 2**80)
