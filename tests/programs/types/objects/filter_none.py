# filter() with None and with a function

vals = [0, 1, "", "a", None, [], [0], 0.0, 2.5, (), False, True, {}, {0: 0}]
print(list(filter(None, vals)))
print(list(filter(bool, vals)))
print(list(filter(lambda v: not v, vals)))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(filter(None, [])))

class Falsy:
    def __bool__(self):
        return False
    def __repr__(self):
        return "Falsy()"
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __repr__(self):
        return f"Sized({self.n})"
print(list(filter(None, [Falsy(), Sized(0), Sized(2)])))

# predicate results use truthiness
print(list(filter(lambda x: x % 3, range(10))))
print(list(filter(lambda x: [x] if x > 1 else [], range(4))))

class BadBool:
    def __bool__(self):
        return 1
try:
    list(filter(None, [BadBool()]))
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    list(filter(None, [BadLen()]))
except ValueError as e:
    print(type(e).__name__, e)

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("no args", lambda: filter())
attempt("one arg", lambda: filter(None))
attempt("three args", lambda: filter(None, [], []))
attempt("not iterable", lambda: filter(None, 5))
attempt("kwargs", lambda: filter(function=None, iterable=[]))
attempt("not callable", lambda: list(filter(5, [1])))

f = filter(None, iter([0, 1, 2]))
print(type(f).__name__, iter(f) is f, next(f), list(f), list(f))

# lazy
def pred(x):
    print("pred", x)
    return x > 1
g = filter(pred, [1, 2, 3])
print("made")
print(next(g))

class MyFilter(filter):
    pass
print(list(MyFilter(None, [0, 5])))
print(sum(filter(None, [1, 0, 2])))
