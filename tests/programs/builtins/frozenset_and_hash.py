# hash() values
for v in [0, 1, -1, -2, 2, 100, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 61), -(2 ** 64), 10 ** 30, -10 ** 30]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -0.5, 1e100, 1e-100, float("inf"), float("-inf"), 1e20, 3.25, 2.0 ** 61, 2.0 ** 70]:
    print(v, hash(v))
print(hash(True), hash(False), hash(None) == hash(None), hash(1) == hash(1.0) == hash(True))
for t in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), ("a", 1), (None,), (1.5, -1)]:
    print(t, hash(t))
for s in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset(range(10))]:
    print(s, hash(s))
print(hash(1 + 2j), hash(3j), hash(-1j))
print(hash(-1) == hash(-2), hash("") == 0, hash(b"") == 0)
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 64)), len({H(1), H(1), H(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
print(NoHash.__hash__)
