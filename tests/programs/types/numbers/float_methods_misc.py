# float.is_integer, as_integer_ratio, conjugate, real/imag, __trunc__/__floor__/__ceil__, __getformat__.
for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, 2.0**53 + 2, -0.75]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    for m in ("__trunc__", "__floor__", "__ceil__"):
        try:
            getattr(v, m)()
        except (OverflowError, ValueError) as e:
            print(m, type(e).__name__, e)
for x in [2.5, -2.5, 0.5, -0.5, 1e20, -1e-20, 3.0]:
    print(x, x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(0), int(x))
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("long")
except ValueError as e:
    print("ValueError", e)
print((1.5).__abs__(), (-1.5).__neg__(), (1.5).__pos__(), (1.5).__bool__(), (0.0).__bool__(), (-0.0).__bool__())
print((7.0).__divmod__(2), (7.0).__rdivmod__(2), (2.0).__pow__(3), (2.0).__rpow__(3), (1.0).__add__(1), (1.0).__add__("x"))
print((3.0).__int__(), (3.7).__float__(), (2.0).__mul__(True), (1.0).__radd__(2**53 + 1))
print(float.fromhex("0x1.8p1"), (1.5).hex())
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + float.__repr__(self) + ")"
m = MyFloat(2.5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, -m, type(-m).__name__, abs(MyFloat(-1.0)))
print(m.is_integer(), m.as_integer_ratio(), type(m.real).__name__, type(m.conjugate()).__name__, f"{m}", f"{m:.2f}", "%s" % m, "%r" % m)
print(MyFloat("1_5.5"), MyFloat(), isinstance(m, float), float(m), type(float(m)).__name__)
print(float.__new__(MyFloat, 3), type(float.__new__(MyFloat, 3)).__name__)
class Kw(float):
    def __new__(cls, v, tag="t"):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
k = Kw(1.25, tag="z")
print(k, k.tag, k * 2, hash(k) == hash(1.25), k == 1.25)
try:
    (1.0).is_integer(1)
except TypeError as e:
    print("TypeError", e)
try:
    float.as_integer_ratio(1)
except TypeError as e:
    print("TypeError", e)
