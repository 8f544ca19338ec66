# bool is an int subclass: arithmetic results, repr, methods, and constructor.
t, f = True, False
print(t + t, t - f, t * 5, t / 2, t // 2, t % 2, -t, +t, abs(-t), t ** 3, divmod(t, 2), 5 - t, 3.5 * t, 1j * t)
print(type(t + t).__name__, type(-t).__name__, type(+t).__name__, type(abs(t)).__name__, type(t * 1.0).__name__, type(t & t).__name__)
print(t & f, t | f, t ^ t, f ^ f, t & 3, 2 | t, type(t | 2).__name__, t << 2, t >> 1)
print(isinstance(t, int), issubclass(bool, int), bool.__mro__, bool.__bases__, bool.__name__)
print(repr(t), str(f), f"{t}", f"{t!r}", f"{t:d}", f"{t:>6}", f"{t:b}", f"{f:.1f}", "%d %s %r %x %f" % (t, t, f, t, t))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(""), bool(" "), bool([]), bool([0]), bool(0j), bool(None))
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 1
print(bool(Len(0)), bool(Len(3)), bool(Truthy()), bool(object()))
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
for obj in [BadBool(), NegLen(), BigLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
print(sum([True, True, False, True]), max(True, 0), min(False, -1), sorted([True, False, 2, -1, 0.5]))
print(["a", "b"][True], "xyz"[False:True], {1: "one"}[True], {True: "t", 1: "one"}, len({0, False, 0.0}))
print(t.bit_length(), t.to_bytes(1, "big"), bool.from_bytes(b"\x05"), t.real, t.imag, t.conjugate(), type(t.conjugate()).__name__)
print(int(t), float(t), complex(t), str(int(f)), t == 1, t is True, t == 1.0, hash(t) == 1, t is not False)
print(t.__and__(f), t.__or__(1), type(t.__or__(1)).__name__, bool.__and__(True, True), bool.__xor__(True, 0), bool.__rand__(False, True))
print(not t, not f, t and 5, f and 5, t or 5, f or 5, 0 or f, 1 and t)
print(round(t), round(t, 2), type(round(t)).__name__, pow(t, 2), pow(t, -1), pow(f, 0), divmod(10, t), 10 // t)
try:
    10 / f
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10 % f
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(bool.__new__(bool, 5), bool.__new__(bool), True.__index__(), True.__int__(), True.__repr__(), True.__str__() if False else "")
print(True.__class__, type(True).__mro__[1], bool(bool), int.__repr__(True), int.__str__(True) if False else "")
