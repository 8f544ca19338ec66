# complex attributes and methods: real/imag read-only, conjugate, __complex__, __getnewargs__, subclasses.
z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), z.__complex__(), type(z.__complex__()).__name__, abs(z), -z, +z)
for attr in ["real", "imag"]:
    try:
        setattr(z, attr, 1.0)
    except AttributeError as e:
        print("AttributeError", e)
try:
    z.foo = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del z.real
except AttributeError as e:
    print("AttributeError", e)
class C(complex):
    def __repr__(self):
        return "C" + complex.__repr__(self)
c = C(1, 2)
print(c, repr(c), str(c), c.real, c.imag, type(c.conjugate()).__name__, type(c.__complex__()).__name__, type(+c).__name__, type(-c).__name__)
print(c + 1, type(c + 1).__name__, c * c, c == 1 + 2j, hash(c) == hash(1 + 2j), complex(c), c.__getnewargs__())
c.tag = "x"
print(c.tag, vars(c))
class WithComplex:
    def __complex__(self):
        return C(5, 6)
r = complex(WithComplex())
print(r, type(r).__name__)
class WithFloatAndIndex:
    def __float__(self):
        return 0.5
    def __index__(self):
        return 9
print(complex(WithFloatAndIndex()), complex(WithFloatAndIndex(), WithFloatAndIndex()))
print(complex.real.__get__(2 + 3j), complex.imag.__get__(2 + 3j), complex.conjugate(1 - 1j), complex.__abs__(3 + 4j))
print((1j).real, (1j).imag, (5).imag, (5.5).imag, True.imag, (5).real + (5).imag * 1j)
print(1j.__add__(1), 1j.__radd__(1), 1j.__sub__(1), 1j.__rsub__(1), 1j.__mul__(2), 1j.__rmul__(2), 1j.__truediv__(2), 1j.__rtruediv__(2))
print(1j.__pow__(2), 1j.__rpow__(2), 1j.__eq__(1j), 1j.__ne__(1), 1j.__lt__(2j), 1j.__eq__("x"), 1j.__neg__(), 1j.__pos__(), 1j.__bool__())
try:
    1j.__pow__(2, 3)
except ValueError as e:
    print("ValueError", e)
print(complex.__new__(C, 1), type(complex.__new__(C, 1)).__name__, C(), C("1-1j"), C(real=2), C(imag=-0.0))
