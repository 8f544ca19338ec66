# Callables: functions, bound methods, classes, instances with __call__.

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n

class Adder:
    def __init__(self, k):
        self.k = k
    def add(self, x):
        return x + self.k

c = Counter()
print(c(), c(), c(10), callable(c))

a = Adder(5)
bound = a.add
print(bound(1), bound.__self__ is a, bound.__func__ is Adder.add)
print(bound.__name__, bound.__qualname__)
print(Adder.add(a, 2))

# Bound methods compare equal when bound to the same object & func
print(a.add == a.add, a.add is a.add, a.add == Adder(5).add)

things = [len, Counter, c, bound, lambda: 0, print, str.upper, "text", 3, None, Counter.__call__]
print([callable(t) for t in things])

# A method stored on an instance is not bound
a.extra = lambda y: y * 2
print(a.extra(21))

# Functions assigned to a class become methods
def describe(self):
    return f"Adder({self.k})"
Adder.describe = describe
print(a.describe(), Adder(9).describe())

# Calling a class: __new__ then __init__
class Traced:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
        self.args = args

t = Traced(1, 2)
print(t.args)

# __call__ looked up on the type, not the instance
class Weird:
    pass
w = Weird()
w.__call__ = lambda: "instance call"
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)
Weird.__call__ = lambda self: "type call"
print(w())
