# int()/float()/index conversions through dunder methods and their errors
class GoodInt:
    def __int__(self):
        return 7
class GoodIndex:
    def __index__(self):
        return 3
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class BadInt:
    def __int__(self):
        return "seven"
class BadIndex:
    def __index__(self):
        return 2.0
class IntSub(int):
    pass
class ReturnsSub:
    def __index__(self):
        return True
print(int(GoodInt()), int(GoodIndex()), int(Both()), hex(Both()), [10, 20, 30][GoodIndex() - 1 if False else 1], "abcd"[GoodIndex()])
print(float(GoodIndex()), complex(GoodIndex()), range(GoodIndex()), bin(GoodIndex()), "x" * GoodIndex(), operator_free := 1)
for label, fn in [("int(BadInt())", lambda: int(BadInt())), ("hex(BadIndex())", lambda: hex(BadIndex())), ("int(object())", lambda: int(object())),
                  ("float(GoodInt())", lambda: float(GoodInt())), ("[1][GoodInt()]", lambda: [1][GoodInt()]), ("range(GoodInt())", lambda: range(GoodInt())),
                  ("'ab' * GoodInt()", lambda: "ab" * GoodInt()), ("int('5', GoodIndex())", lambda: int("12", GoodIndex())), ("chr(GoodIndex())", lambda: chr(GoodIndex())),
                  ("round(1.5, GoodIndex())", lambda: round(1.23456, GoodIndex())), ("int('  1_0  ')", lambda: int("  1_0  ")),
                  ("float(' 1e3 ')", lambda: float(" 1e3 ")), ("int(IntSub(5))", lambda: int(IntSub(5))), ("type(int(IntSub(5)))", lambda: type(int(IntSub(5))).__name__)]:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
x = IntSub(41)
print(x + 1, type(x + 1).__name__, repr(x), isinstance(x, int), x.bit_length(), str(x), f"{x:05}")
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)
mf = MyFloat(2.5)
print(mf, repr(mf), mf * 2, type(mf * 2).__name__, str(mf), f"{mf}", [mf])
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hey")
print(ms.shout(), ms + "x", type(ms + "x").__name__, type(ms.upper()).__name__, repr(ms), ms == "hey", hash(ms) == hash("hey"))
