# Iteration protocol errors: non-iterables, bad __iter__, bad __next__

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("iter int", lambda: iter(5))
attempt("for over None", lambda: [x for x in None])
attempt("unpack int", lambda: [a for a, b in [1]])
attempt("list(float)", lambda: list(1.5))
attempt("tuple(func)", lambda: tuple(len))
attempt("sum of int", lambda: sum(3))
attempt("in int", lambda: 1 in 5)
attempt("star unpack", lambda: print(*5))
attempt("dict from int", lambda: dict(5))
attempt("set from int", lambda: set(7))
attempt("str.join int", lambda: "".join(5))
attempt("sorted None", lambda: sorted(None))
attempt("max int", lambda: max(5))
attempt("min empty", lambda: min([]))
attempt("zip int", lambda: zip([1], 2))

class IterReturnsInt:
    def __iter__(self):
        return 1
attempt("iter returns int", lambda: iter(IterReturnsInt()))
attempt("for with bad iter", lambda: [x for x in IterReturnsInt()])
attempt("list with bad iter", lambda: list(IterReturnsInt()))

class IterReturnsSelfNoNext:
    def __iter__(self):
        return self
attempt("iter without next", lambda: iter(IterReturnsSelfNoNext()))

class NextRaises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
attempt("next raises", lambda: list(NextRaises()))

class GetitemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)
print(list(GetitemOnly()), 2 in GetitemOnly(), 5 in GetitemOnly())

class GetitemStopIteration:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise StopIteration
print(list(GetitemStopIteration()))

class GetitemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
attempt("getitem KeyError", lambda: list(GetitemKeyError()))

class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
attempt("contains None", lambda: 1 in ContainsNone())

class IterNoneGetitem:
    __iter__ = None
    def __getitem__(self, i):
        return i
attempt("__iter__ None", lambda: list(IterNoneGetitem()))

# a generator that raises StopIteration explicitly
def gen():
    yield 1
    raise StopIteration("explicit")
attempt("gen StopIteration", lambda: list(gen()))

# an exhausted iterator stays exhausted
it = iter([1, 2])
print(list(it), list(it), next(it, "end"))

# modifying a list while iterating is allowed; dict/set are not
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.append(x * 10)
print(out)
def grow_dict():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
attempt("dict grows", grow_dict)
def grow_set():
    s = {1}
    for k in s:
        s.add(k + 1)
attempt("set grows", grow_set)
