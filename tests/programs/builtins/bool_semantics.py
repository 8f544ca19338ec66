# bool is a subclass of int
print(True + True, True * 10, True - False, -True, ~True, True / 2, True // 2, True % 2)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__, type(True and 3).__name__)
print(True == 1, False == 0, True is True, bool(1) is True, hash(True), hash(False))
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(0j), bool(1j))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
print(bool(None), bool(b""), bool(b"\x00"), bool(bytearray()), bool(frozenset()))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:>5}", format(True, '03'), "%d %s %r" % (True, True, False))
print(int(True), float(False), complex(True), True.real, True.numerator, True.bit_length())
print(True & 1, True | 2, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print([1, 2, 3][True], "ab"[False], {True: 'a'}[1], {1: 'x', True: 'y'})
print(True and False or True, not True, not 0, not [], 0 or "" or None, 1 and 2 and 3)
print(bool.__name__, bool(bool), True.__class__.__name__)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(Z()), bool(L()), bool(N()), not Z(), "yes" if L() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(True < 2, False < True, sorted([True, False, 0, 1, -1]))
print(divmod(True, 2), pow(True, 10), round(True), abs(False), -False)
print(repr(True + 0), True.__add__(True), str(1 == 1.0))
