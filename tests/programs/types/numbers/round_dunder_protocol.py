# round() dispatch: __round__ lookup on the type, ndigits forwarding, and errors.
class R:
    def __round__(self, *args):
        return ("R", args)
print(round(R()), round(R(), 2), round(R(), None), round(R(), ndigits=-1))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError", e)
try:
    round(NoRound(), 2)
except TypeError as e:
    print("TypeError", e)
obj = NoRound()
obj.__round__ = lambda *a: "instance attr"
try:
    print(round(obj))
except TypeError as e:
    print("TypeError", e)
class Strict:
    def __round__(self):
        return "no ndigits"
print(round(Strict()))
try:
    round(Strict(), 1)
except TypeError as e:
    print("TypeError", str(e).split("()")[-1])
try:
    round(Strict(), None)
except TypeError as e:
    print("TypeError", str(e).split("()")[-1])
class Sub(float):
    def __round__(self, n=None):
        return "Sub.__round__"
print(round(Sub(1.5)), round(Sub(1.5), 1), Sub(1.5).__round__())
class IntSub(int):
    pass
for v in [IntSub(15), 2.5, -2.5, 10 ** 30 + 5, True, 7]:
    for nd in [None, 0, 1, -1, -2]:
        r = round(v, nd)
        print(repr(v), nd, repr(r), type(r).__name__, end=" | ")
    print()
for bad in ["x", 1j, [1.5], None]:
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
for nd in [1.0, "2", 2j, [1]]:
    try:
        round(1.5, nd)
    except TypeError as e:
        print("TypeError", e)
    try:
        round(15, nd)
    except TypeError as e:
        print("TypeError", e)
print(round(1.5, True), round(15, False), round(1.25, IntSub(1)), round(2**100, -30) == 1267650600228229401496703205376 // 10**30 * 10**30)
class Idx:
    def __index__(self):
        return 1
print(round(2.345, Idx()), round(123, Idx()), round(-123, -IntSub(1)))
