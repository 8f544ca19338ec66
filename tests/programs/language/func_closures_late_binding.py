# Closures capture variables, not values.

def make_multipliers():
    return [lambda x: x * i for i in range(5)]

print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(5)]

print([m(2) for m in make_multipliers_fixed()])

def counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return step, peek

step, peek = counter(10)
print(step(), step(), step(5), peek())

step2, peek2 = counter()
print(step2(), peek(), peek2())

# Closure cells visible through __closure__
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner

fn = outer()
print(fn.__code__.co_freevars)
print([c.cell_contents for c in fn.__closure__])

# A variable assigned after the closure is created is seen by the closure
def late():
    fns = []
    for name in ["x", "y"]:
        fns.append(lambda: name)
    name = "changed"
    return [f() for f in fns]

print(late())

# Nested three levels
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(20)(300))
print(level1("a")("b")("c"))

# Closures sharing a cell
def pair():
    value = []
    def push(x):
        value.append(x)
    def get():
        return list(value)
    return push, get

push, get = pair()
push(1); push(2)
print(get())
