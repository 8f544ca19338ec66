# Decorators with arguments and stacking order.

order = []

def tag(name):
    order.append(f"factory {name}")
    def decorate(fn):
        order.append(f"decorate {name}")
        def wrapper(*a, **k):
            return f"<{name}>" + fn(*a, **k) + f"</{name}>"
        return wrapper
    return decorate

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(order)
print(text("hi"))

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def ping(x):
    return f"ping {x}"

print(ping(1))

def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for name, value in zip(names, args):
                want = types.get(name)
                if want is not None and not isinstance(value, want):
                    raise TypeError(f"{name} must be {want.__name__}, got {type(value).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(a=int, b=str)
def combine(a, b):
    return b * a

print(combine(3, "ab"))
try:
    combine("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)

# Class used as a decorator
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(30), slow_fib.misses, type(slow_fib).__name__)

# Decorator expressions (PEP 614)
decorators = {"upper": lambda f: lambda: f().upper()}
@decorators["upper"]
def word():
    return "relaxed"
print(word())

# Class decorator
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2), [Point("a", None)])
