# min() and max(): positional, iterable, key, default, and error messages.
print(min(3, 1, 2), max(3, 1, 2), min([5, -2, 9]), max("hello"), min((2, "b"), (2, "a")), max([1.5, 2, 1]), min(iter(range(5, 0, -1))))
print(max([], default="empty"), min((), default=None), max([3], default=7), min([1, 2], key=lambda v: -v), max("aBc", key=str.lower))
print(max(["a", "bbb", "cc"], key=len), min(["a", "bbb", "cc", "d"], key=len), max([("x", 1), ("y", 1)], key=lambda p: p[1]))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(1.0, 1), max(0, -0.0), min(-0.0, 0.0), max(True, 1), min(False, 0))
print(max([float("nan"), 1, 2]), max([1, float("nan"), 2]), min([2, float("nan")]), max(2**100, 2.0**100), min(-(2**100), -1e40))
print(max(3, 5, key=None), min([4, 2], key=None, default=0), max({3: "a", 7: "b"}), min({"z": 1, "a": 2}.values()))
for call in [lambda: min([]), lambda: max(()), lambda: min(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"]),
             lambda: min(1, "a"), lambda: max(x for x in []), lambda: max([1, 2], foo=1), lambda: min([1], key=1),
             lambda: max([1], [2], key=len, default=3), lambda: max([[1], 1]), lambda: min(None), lambda: max(1, 2, 3, bad=4)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
print(max([K(1), K(3), K(2)]), min([K(2), K(1), K(1)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G(%d)" % self.v
print(max(OnlyGt(1), OnlyGt(5)), min(OnlyGt(1), OnlyGt(5)))
seen = []
def key(v):
    seen.append(v)
    return v % 3
print(max(range(7), key=key), seen)
def boom(v):
    raise KeyError(v)
try:
    max([1, 2], key=boom)
except KeyError as e:
    print("KeyError", e)
print(max([], key=len, default=None), min("b", "a", key=ord), max([[], [1], [0, 0]]), min([1, 2], [1, 1, 1]))
print(max(1, 2.5, 3j.imag), min(range(0)) if False else "no", max(map(abs, [-7, 3])), min(zip([3, 1], "ab")))
