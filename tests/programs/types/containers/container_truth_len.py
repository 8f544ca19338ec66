# bool() and len() of containers, emptiness after mutation, __len__ and __bool__ protocols.
for c in ([], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), frozenset([0]), range(0), range(1),
          '', ' ', b'', b'\x00', bytearray(), {}.keys(), {1: 2}.values(), {1: 2}.items()):
    print(repr(c), bool(c), len(c))
l = [1]
l.pop()
print(bool(l), not l, l or 'empty', l and 'nonempty')
d = {1: 2}
del d[1]
print(bool(d), len(d))
s = {1}
s.discard(1)
print(bool(s))
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), len(LenOnly(5)))
class BoolAndLen:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(BoolAndLen()), len(BoolAndLen()))
class NegLen:
    def __len__(self): return -1
for f in (len, bool):
    try:
        print(f(NegLen()))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
class BigLen:
    def __len__(self): return 2**64
for f in (len, bool):
    try:
        print(f(BigLen()))
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)
class FloatLen:
    def __len__(self): return 1.0
for f in (len, bool):
    try:
        print(f(FloatLen()))
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IndexLen()))
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()), bool(BoolLen()))
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    len(iter([]))
except TypeError as e:
    print('TypeError', e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
print(len(range(10**6)), len({i: i for i in range(100)}), len(set(range(100)) - set(range(50))))
print([] == False, not [], [] is not False, bool([[]]), bool(({},)))
