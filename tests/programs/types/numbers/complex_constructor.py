# complex() from strings, pairs, numbers, and objects, with every error.
for args in [(), (1,), (1, 2), (1.5, -2.5), (0, 0), (-0.0,), (0.0, -0.0), (True, False), (10**20, 1), (1j,), (1j, 1j), (1, 1j), (1j, 2), ("1",),
             ("1+2j",), ("  (1-2j)  ",), ("j",), ("-j",), ("+1.5e3J",), ("1e-3-1e3j",), ("inf",), ("-infj",), ("nan+nanj",), ("1_0+2_0j",),
             ("(3)",), ("-0j",), ("0-0j",), ("1+j",), (".5j",), ("5.j",), ("INFINITYj",), ("-1.5e+2-.1e-2j",)]:
    z = complex(*args)
    print(args, repr(z), z.real, z.imag)
bad = ["", " ", "1+", "1+2", "j1", "1jj", "(1+2j", "1+2j)", "()", "1 + 2j", "1+2 j", "1_+2j", "1e", "ij", "1+-2j", "--1j", "1j+2", "nanx", "(1+2j)x",
       "1__0j", "\x00", "+(1)"]
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError", e)
for args in [("1", 2), (1, "2"), ("1", "2"), (None,), ([],), (1, None), (None, 1)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(args, "TypeError", e)
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError", e)
print(complex(real=1), complex(imag=2), complex(real=1, imag=2), complex(1, imag=3))
try:
    complex(real="1", imag=2)
except TypeError as e:
    print("TypeError", e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    complex(10**400)
except OverflowError as e:
    print("OverflowError", e)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, complex(m), type(complex(m)).__name__, MyC("3j"), MyC())
print(complex(b"1" if False else "1".encode().decode()))
try:
    complex(b"1")
except TypeError as e:
    print("TypeError", e)
