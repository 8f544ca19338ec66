# sorted(): key, reverse, stability, errors

data = [3, 1, 2, 1.5, True]
print(sorted(data), sorted(data, reverse=True))
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted({2, 1, 3}))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))

# stability, also with reverse
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# sorted returns a new list
src = [2, 1]
out = sorted(src)
print(out is src, src, out)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mixed", lambda: sorted([1, "a"]))
attempt("none", lambda: sorted([None, None]))
attempt("no args", lambda: sorted())
attempt("positional key", lambda: sorted([1], len))
attempt("two positional", lambda: sorted([1], None, True))
attempt("not iterable", lambda: sorted(5))
attempt("bad kw", lambda: sorted([1], cmp=None))
attempt("key None", lambda: sorted([2, 1], key=None))
attempt("reverse int", lambda: sorted([1, 2], reverse=2))
attempt("reverse str", lambda: sorted([1, 2], reverse="yes"))
attempt("key not callable", lambda: sorted([1, 2], key=5))
attempt("complex", lambda: sorted([1j, 2j]))
attempt("dicts", lambda: sorted([{}, {}]))
attempt("iterable kw", lambda: sorted(iterable=[1]))

# only __lt__ is used
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

# key is called once per element
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)

# an exception in key propagates
def badkey(x):
    if x == 2:
        raise ValueError("bad key")
    return x
attempt("bad key", lambda: sorted([1, 2, 3], key=badkey))

print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted([0.0, -0.0, 0]), sorted([float("inf"), -1, 2]))
print(sorted(range(5), key=lambda x: x % 2))
print(sorted("hello world".split(), key=lambda w: (len(w), w)))
