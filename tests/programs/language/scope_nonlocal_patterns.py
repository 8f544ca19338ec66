# nonlocal in depth: multiple levels, loops, and errors at compile time.

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return increment, reset

inc, reset = make_counter()
print(inc(), inc(), inc(), reset(), inc())

def three_levels():
    value = "L1"
    def level2():
        def level3():
            nonlocal value
            value += "+L3"
        level3()
        return value
    r = level2()
    return r, value
print(three_levels())

# nonlocal binds to the nearest enclosing function scope that has the name
def nearest():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return m, x
print(nearest())

# nonlocal inside a loop of closures
def accumulators():
    total = 0
    adders = []
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        adders.append(add)
    return adders, lambda: total
adders, get_total = accumulators()
print([a() for a in adders], [a() for a in adders], get_total())

# Compile-time errors
for src in [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    global x\n    nonlocal x\n",
]:
    try:
        compile(src, "<scope>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")

# nonlocal and a generator keeping state
def fib_gen():
    a, b = 0, 1
    def advance():
        nonlocal a, b
        a, b = b, a + b
        return a
    while True:
        yield advance()
g = fib_gen()
print([next(g) for _ in range(10)])
