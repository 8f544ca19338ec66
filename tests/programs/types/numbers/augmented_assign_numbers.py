# Augmented assignment on numbers: rebinding, type promotion, fallbacks from __iop__ to __op__/__rop__.
x = 5
y = x
x += 1
print(x, y, x is not y)
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
for start in [7, -7, 7.5, True, 2**65, 3 + 1j]:
    row = []
    for op in ops:
        ns = {"v": start}
        try:
            exec("v " + op + " 2", ns)
            row.append("%s%r" % (type(ns["v"]).__name__[0], ns["v"]))
        except TypeError as e:
            row.append("TypeError")
    print(repr(start), " ".join(row))
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return "OnlyAdd(%r)" % self.v
a = OnlyAdd(1)
b = a
a += 2
print(a, b, a is b)
class InPlace:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __imul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        return "InPlace.__mul__"
    def __repr__(self):
        return "InPlace(%r)" % self.v
p = InPlace(1)
q = p
p += 5
print(p, q, p is q)
p *= 2
print(p)
class R:
    def __radd__(self, other):
        return "R.__radd__ %r" % (other,)
    def __ipow__(self, other):
        return NotImplemented
    def __rpow__(self, other):
        return "R.__rpow__"
n = 10
n += R()
print(n)
m = 2.5
m **= R()
print(m)
z = 3
try:
    z += "s"
except TypeError as e:
    print("TypeError", e)
try:
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
f = 1.0
try:
    f /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    f **= 10**400
    print(f)
except OverflowError as e:
    print("OverflowError", e)
lst = [1, 2.5, 3j]
lst[0] += 1
lst[1] *= 2
lst[2] **= 2
print(lst)
d = {"k": 10}
d["k"] //= 3
d["k"] <<= 4
print(d)
class Holder:
    count = 0
h = Holder()
h.count += 1
h.count += 1.5
print(h.count, Holder.count)
