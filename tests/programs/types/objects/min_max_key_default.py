# min() / max() with key, default and their errors

print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1,)))
print(min("b", "a", key=str.upper), max([-5, 3], key=abs), max([], default="empty"), min((), default=None))
print(max([1, 2], default=0), min([[2], [1, 0]], key=len))
# ties: the first one wins for both
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]), min([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(max([1, 1.0, True]), type(max([1, 1.0, True])).__name__, min([True, 1, 1.0]))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("min empty", lambda: min([]))
attempt("max empty", lambda: max(()))
attempt("max no args", lambda: max())
attempt("min int", lambda: min(5))
attempt("default with several args", lambda: max(1, 2, default=0))
attempt("bad kw", lambda: min([1], foo=1))
attempt("mixed types", lambda: max([1, "a"]))
attempt("key not callable", lambda: max([1, 2], key=5))
attempt("key None", lambda: max([1, 2], key=None))
attempt("default None is a value", lambda: max([], default=None))
attempt("key raises", lambda: min([1, 0], key=lambda x: 1 / x))
attempt("comparison raises", lambda: max([{1}, {2}, 1]))
attempt("positional key", lambda: max([1], len))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(max([Cmp(1), Cmp(3), Cmp(2)]))
print(min([Cmp(1), Cmp(3), Cmp(2)]))

# generator arguments are consumed once
g = (x * x for x in range(5))
print(max(g), list(g))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(min("abc", "abd", "ab"), max(range(0)) if False else "range skip", max(range(10), key=lambda x: x % 4))
print(max(float("nan"), 1), max(1, float("nan")), min([float("inf"), -float("inf")]))
