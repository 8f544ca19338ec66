# sum() with start, float/int mixing and refused types

print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([1.5, 2.5]), sum([1, 2.5]), sum([True, True]))
print(sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([2 ** 70, 1]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([], 5), sum(x for x in range(4)))
print(sum([1, 2], start=3), type(sum([1.0])).__name__, type(sum([], 0.0)).__name__)

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("str start", lambda: sum(["a", "b"], ""))
attempt("bytes start", lambda: sum([b"a"], b""))
attempt("bytearray start", lambda: sum([b"a"], bytearray()))
attempt("str items", lambda: sum(["a", "b"]))
attempt("not iterable", lambda: sum(5))
attempt("no args", lambda: sum())
attempt("three args", lambda: sum([1], 0, 1))
attempt("None item", lambda: sum([1, None]))
attempt("list without start", lambda: sum([[1]]))
attempt("bad kw", lambda: sum([1], begin=0))
attempt("inf - inf", lambda: sum([float("inf"), -float("inf")]))
attempt("nan", lambda: sum([float("nan"), 1.0]))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Vec{self.c}"
print(sum([Vec(1, 2), Vec(3, 4)]), sum([Vec(1, 1)], Vec(10, 10)))
attempt("vec with int start", lambda: sum([Vec(1)], 5))

class IntSub(int):
    def __add__(self, other):
        return "IntSub.__add__"
print(sum([IntSub(1), 2]), sum([1, IntSub(2)]))

# float sums are compensated (3.12+)
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), 0.1 + 0.2 + 0.3)
print(sum([1, 2**63, -2**63]), sum([-1] * 5, 2**64))
