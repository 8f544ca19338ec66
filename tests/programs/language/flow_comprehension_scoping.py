# Scoping rules of comprehensions.

x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)           # loop variable doesn't leak

# The first iterable is evaluated in the enclosing scope
def first_iterable():
    items = [1, 2, 3]
    return [i for i in items]
print(first_iterable())

# Comprehensions see enclosing function variables (closures)
def scaled(factor):
    return [factor * i for i in range(3)]
print(scaled(10))

# Lambdas made in a comprehension share the comprehension's variable
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# Class body: the first iterable sees class names, the rest does not
class Config:
    names = ["a", "b", "c"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = f"NameError: {e}"
    pairs = [(n, m) for n in names for m in range(2)]

print(Config.upper)
print(Config.prefixed)
print(Config.pairs)

# Comprehension variable shadows an outer variable only inside
i = 100
res = [i for i in range(3)]
print(res, i)

# Walrus inside a comprehension binds in the containing scope
def walrus_scope():
    [last := n for n in range(5)]
    return last
print(walrus_scope())

# Walrus can't rebind the iteration variable (syntax error), so use a different name
data = [1, 2, 3]
doubled = [(d := v * 2) for v in data]
print(doubled, d)

# Nested comprehensions: inner one can see outer loop variable
print([[(r, c) for c in range(r)] for r in range(3)])

# Generator expressions capture variables lazily
n = 1
gen = (n * v for v in range(3))
n = 10
print(list(gen))

# ... but the first iterable is captured eagerly
seq = [1, 2]
gen = (v for v in seq)
seq = [7, 8, 9]
print(list(gen))

# globals() inside a comprehension still sees module names
print([k for k in ("x", "i", "nope") if k in globals()])
