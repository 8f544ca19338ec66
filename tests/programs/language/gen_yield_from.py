# yield from: delegation, return values, and forwarding send/throw.

def inner(n):
    for i in range(n):
        received = yield f"inner {i}"
        if received:
            print(f"  inner got {received!r}")
    return f"inner finished after {n}"

def outer():
    result = yield from inner(2)
    print("  outer received return value:", result)
    result2 = yield from inner(1)
    print("  second:", result2)
    return "outer done"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.send(None))
try:
    g.send("last")
except StopIteration as e:
    print("final:", e.value)

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1}, (x * x for x in range(3)))))

# Recursive tree traversal
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
def walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)
print("\n".join(walk(tree)))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]]])))

# throw() is forwarded to the inner generator
def guarded():
    try:
        yield "waiting"
    except ValueError as e:
        yield f"inner handled {e}"
    return "guarded return"

def delegator():
    r = yield from guarded()
    yield f"delegator saw {r!r}"

d = delegator()
print(next(d))
print(d.throw(ValueError("boom")))
print(next(d))

# close() is forwarded too
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("  noisy closed")
def wrapper():
    try:
        yield from noisy()
    finally:
        print("  wrapper closed")
w = wrapper()
next(w)
w.close()

# Return value of yield from on a plain iterator is None
def plain():
    r = yield from [1]
    yield f"result was {r}"
print(list(plain()))
