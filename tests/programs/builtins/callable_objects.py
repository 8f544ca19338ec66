# Objects with __call__ used with builtins
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2, 3])), sorted([3, -1, 2], key=Multiplier(-1)), triple.calls, callable(triple))
class Predicate:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __call__(self, v):
        return self.lo <= v < self.hi
print(list(filter(Predicate(3, 7), range(10))), any(map(Predicate(100, 200), [1, 150])), max(range(10), key=Predicate(4, 5)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
print(list(iter(c, 5)), c.n)
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
pipeline = Compose(str, abs, lambda v: v - 10, int)
print(pipeline("3"), pipeline(12.9), [pipeline(s) for s in ["0", "20", "-5"]])
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), binom(60, 30), len(binom.cache), type(binom).__name__)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class Partial:
    def __init__(self, fn, *args, **kwargs):
        self.fn, self.args, self.kwargs = fn, args, kwargs
    def __call__(self, *more, **kw):
        return self.fn(*self.args, *more, **{**self.kwargs, **kw})
int_base2 = Partial(int, base=2)
print(int_base2("1011"), int_base2("777", base=8), Partial(max, 5)(3, 9), Partial(sorted, key=len)(["ccc", "a", "bb"]))
print(Partial(print, "via", sep="-")("partial", "print"))
