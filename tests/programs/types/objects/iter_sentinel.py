# iter(callable, sentinel) and iter() on various objects

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

it = iter(tick, 4)
print(type(it).__name__, list(it), list(it))

data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
print(next(data))

# the sentinel is compared with ==
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 2
vals = iter([1, 2, 3])
print(list(iter(lambda: next(vals), Eq())))

# StopIteration raised by the callable ends the iteration
def stop():
    raise StopIteration
print(list(iter(stop, None)))

# other exceptions propagate
def bad():
    raise ValueError("in callable")
try:
    list(iter(bad, None))
except ValueError as e:
    print(type(e).__name__, e)

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("iter(1, 2)", lambda: iter(1, 2))
attempt("iter(1)", lambda: iter(1))
attempt("iter()", lambda: iter())
attempt("iter(len, 1, 2)", lambda: iter(len, 1, 2))
attempt("iter(None)", lambda: iter(None))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OnlyGetitem())), type(iter(OnlyGetitem())).__name__)

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
attempt("__iter__ None", lambda: iter(IterNone()))

class IterReturnsNonIter:
    def __iter__(self):
        return 5
attempt("__iter__ returns int", lambda: iter(IterReturnsNonIter()))

class IterReturnsList:
    def __iter__(self):
        return [1]
attempt("__iter__ returns list", lambda: iter(IterReturnsList()))

# iter of an iterator is itself
li = iter([1])
print(iter(li) is li)

# the callable iterator is exhausted once the sentinel is seen
n = [0]
def inc():
    n[0] += 1
    return n[0] % 3
ci = iter(inc, 0)
print(list(ci), list(ci), n[0])

# reduce and length hint
print(iter([1, 2, 3]).__length_hint__())
