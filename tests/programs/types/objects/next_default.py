# next() with and without default

it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)

def gen():
    yield 1
    return "done"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
print(next(g, "after"))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("next([])", lambda: next([]))
attempt("next(1)", lambda: next(1))
attempt("next()", lambda: next())
attempt("next(it, 1, 2)", lambda: next(iter([]), 1, 2))
attempt("next(it, default=1)", lambda: next(iter([]), default=1))

class NotIter:
    def __iter__(self):
        return self
attempt("next(no __next__)", lambda: next(NotIter()))

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom", 2)
        return self.n
c = Counter()
print(next(c), next(c), next(c, "dflt"))
try:
    next(Counter()); next(c)
except StopIteration as e:
    print(e.args, e.value)

class RaisesOther:
    def __next__(self):
        raise KeyError("k")
attempt("other exception", lambda: next(RaisesOther(), 0))

# next on a dict iterator while dict changes size
d = {1: 1}
di = iter(d)
d[2] = 2
attempt("dict changed", lambda: next(di, "x"))

# StopIteration subclass is swallowed by default too
class MyStop(StopIteration):
    pass
class RaisesMyStop:
    def __next__(self):
        raise MyStop(9)
print(next(RaisesMyStop(), "swallowed"))

print(next(iter("ab")), next(iter(range(5, 9))), next(iter({"k": 1}.items())))
print(next(reversed([1, 2, 3])), next(enumerate("z")))
