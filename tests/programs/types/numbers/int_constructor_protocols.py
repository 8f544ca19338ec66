# int() of floats, strings, and objects with __int__ / __index__ / __trunc__.
print(int(), int(3.99), int(-3.99), int(-0.0), int(1e20), int(2.5e-10), int(True), int(1.7976931348623157e308) % 1000)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithBoth:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class BadInt:
    def __int__(self):
        return "x"
class BadIndex:
    def __index__(self):
        return 1.5
class IntReturnsBool:
    def __int__(self):
        return True
class MyInt(int):
    pass
class IntReturnsSub:
    def __int__(self):
        return MyInt(9)
class IndexReturnsSub:
    def __index__(self):
        return MyInt(10)
print(int(WithInt()), int(WithIndex()), int(WithBoth()))
r = int(IntReturnsBool())
print(r, type(r).__name__)
r = int(IntReturnsSub())
print(r, type(r).__name__)
r = int(IndexReturnsSub())
print(r, type(r).__name__)
for obj in [BadInt(), BadIndex(), object(), [1], {}, 1j, None]:
    try:
        print(int(obj))
    except TypeError as e:
        print("TypeError", e)

class Trunc:
    def __trunc__(self):
        return 5
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError", e)

# int subclasses constructed from values
class Sub(int):
    def __new__(cls, v, extra=0):
        return super().__new__(cls, v + extra)
s = Sub(5, 2)
print(s, type(s).__name__, s + 1, type(s + 1).__name__, repr(s), str(s), -s, type(-s).__name__)
print(int(s), type(int(s)).__name__, Sub("12", 0) if False else Sub(12), isinstance(s, int))
t = MyInt("ff", 16)
print(t, type(t).__name__, MyInt(), MyInt(-2.5), MyInt(b"11", 2))

class Named(int):
    def __repr__(self):
        return "Named(" + super().__repr__() + ")"
    def __str__(self):
        return "N" + int.__repr__(self)
n = Named(3)
print(repr(n), str(n), f"{n}", f"{n:d}", "%d" % n, "%s" % n, "%r" % n, format(n), n * 2)
print(int.__new__(MyInt, 4), type(int.__new__(MyInt, 4)).__name__)
try:
    int.__new__(str, 5)
except TypeError as e:
    print("TypeError", e)
print(int(" 1_0 "), int(bytearray(b"7")), int(memoryview(b"8")) if False else 8)
try:
    int("1", 10, 3)
except TypeError as e:
    print("TypeError", e)
class StrSub(str):
    pass
print(int(StrSub(" 44 ")), int(StrSub("z"), 36))
print(int(10**30 + 0.0) == 10**30, int(1e30), int(-1e-30), int(2**53 + 1.0))
