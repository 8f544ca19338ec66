# any() and all(): truthiness, short-circuiting, errors

print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any(iter([None, ()])), all(x for x in ()))
print(any("abc"), all(""), any({0: 1}), all({0: 1}))

def gen(values):
    for v in values:
        print("yield", v)
        yield v

print(any(gen([0, 3, 5])))
print(all(gen([1, 0, 5])))

class Truth:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print("bool", self.value)
        return self.value
print(any([Truth(False), Truth(True), Truth(True)]))
print(all([Truth(True), Truth(False), Truth(True)]))

class BadBool:
    def __bool__(self):
        return "yes"
class Boom:
    def __bool__(self):
        raise RuntimeError("boom")

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("any bad bool", lambda: any([BadBool()]))
attempt("all bad bool", lambda: all([BadBool()]))
attempt("any boom", lambda: any([0, Boom()]))
attempt("any stops first", lambda: any([1, Boom()]))
attempt("all stops first", lambda: all([0, Boom()]))
attempt("any int", lambda: any(5))
attempt("all none", lambda: all(None))
attempt("any no args", lambda: any())
attempt("all two args", lambda: all([], []))
attempt("any kw", lambda: any(iterable=[]))

# the return value is always a bool
print(type(any([5])).__name__, any([5]), all([[]]), any([[], "x"]))

# iterator partially consumed
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 1, 0, 1])
print(all(it), list(it))

# with __len__-based truthiness
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(any([Sized(0), Sized(0)]), all([Sized(1), Sized(2)]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]))
