# Default values are evaluated once, at definition time.

calls = []

def make_default(tag):
    calls.append(tag)
    return []

def append_to(item, target=make_default("append_to")):
    target.append(item)
    return target

print(calls)
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(calls)

# The idiomatic fix
def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_fixed(1), append_fixed(2))

# Defaults capture the value at definition time, not the name
limit = 10
def under(n, limit=limit):
    return n < limit
limit = 1
print(under(5), limit)

# Memoisation via a mutable default
def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]

print([fib(i) for i in range(15)])
print(len(fib.__defaults__[0]))

# Defaults in a loop of definitions
funcs = []
for i in range(4):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([fn(10) for fn in funcs])

# Default dict shared between instances of a class
class Registry:
    def __init__(self, entries={}):
        self.entries = entries
    def add(self, k, v):
        self.entries[k] = v

r1 = Registry()
r2 = Registry()
r1.add("a", 1)
print(r2.entries, r1.entries is r2.entries)
print(Registry.__init__.__defaults__)
