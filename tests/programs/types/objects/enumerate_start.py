# enumerate with start

print(list(enumerate("abc")))
print(list(enumerate("abc", 10)))
print(list(enumerate("abc", start=-2)))
print(list(enumerate([], 5)))
big = 2 ** 64
print(list(enumerate("ab", big)))
print(list(enumerate("ab", -big)))
print(list(enumerate("abc", True)))

class Idx:
    def __index__(self):
        return 7
print(list(enumerate("ab", Idx())))

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("float start", lambda: enumerate("a", 1.5))
attempt("str start", lambda: enumerate("a", "1"))
attempt("no args", lambda: enumerate())
attempt("not iterable", lambda: enumerate(5))
attempt("3 args", lambda: enumerate("a", 1, 2))
attempt("bad kw", lambda: enumerate("a", step=1))
attempt("iterable kw", lambda: list(enumerate(iterable="xy")))
attempt("both kw", lambda: list(enumerate(start=3, iterable="xy")))
attempt("dup", lambda: enumerate("a", 1, start=2))

e = enumerate("xyz", 1)
print(type(e).__name__, iter(e) is e, next(e), list(e), list(e))

# enumerate of a generator is lazy
def gen():
    for i in range(3):
        print("producing", i)
        yield i
en = enumerate(gen(), 100)
print(next(en))
print(next(en))

# subclassing
class MyEnum(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return v, i
print(list(MyEnum("ab", 5)))

# enumerate with dict / set iteration
print(dict(enumerate("abc")))
print([(i, k) for i, k in enumerate({"x": 1, "y": 2}, 1)])
print(enumerate.__doc__.splitlines()[0])
