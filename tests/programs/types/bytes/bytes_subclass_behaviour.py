# Subclasses of bytes and bytearray: construction, overridden methods, result types.
class Tagged(bytes):
    def __new__(cls, data, tag="t"):
        obj = super().__new__(cls, data)
        obj.tag = tag
        return obj
    def __repr__(self):
        return "Tagged(%s, %r)" % (bytes.__repr__(self), self.tag)

t = Tagged(b"abc", "x")
print(t, repr(t), t.tag, len(t), t[0], t[1:], type(t[1:]).__name__)
print(t == b"abc", hash(t) == hash(b"abc"), t + b"!", type(t + b"!").__name__)
print(isinstance(t, bytes), type(t).__mro__[1].__name__)
print(b"abc" in {t}, {t: 1}[b"abc"])
print(t.upper(), type(t.upper()).__name__, type(t.decode()).__name__)
print(bytes(t), type(bytes(t)).__name__, bytearray(t))
print(b"-".join([t, t]), t.split(b"b"), [type(p).__name__ for p in t.split(b"b")])

class Upper(bytes):
    def upper(self):
        return b"overridden"
    def __len__(self):
        return 99

u = Upper(b"ab")
print(u.upper(), u.lower(), len(u), bytes.__len__(u), u.hex())

class Counter(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)

c = Counter(b"")
c.append(65)
c.extend(b"B")
print(c, len(c), type(c).__name__)
c[0:1] = b"zz"
print(c, repr(c))

class WithSlots(bytes):
    __slots__ = ()

w = WithSlots(b"s")
try:
    w.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(w, type(w).__name__)

class Init(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.created = True

i = Init("h\xe9", "utf-8")
print(i, i.created, Init(3), Init())

class CmpSub(bytes):
    def __lt__(self, other):
        return True

print(sorted([CmpSub(b"z"), CmpSub(b"a")]), CmpSub(b"z") < b"a", b"a" > CmpSub(b"z"))
print(type(Tagged.fromhex("41")).__name__ if False else "skip", Init.fromhex("41"), type(Init.fromhex("41")).__name__)

class B(bytes):
    pass

class BA(bytearray):
    pass

for make in (lambda: bytes.__new__(BA), lambda: bytearray.__new__(B), lambda: bytes.__new__(int),
             lambda: bytearray.__new__(5), lambda: bytes.__new__()):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)
print(repr(bytearray.__new__(BA)), repr(bytes.__new__(B, b"q")), type(bytearray.__new__(bytearray)).__name__)
