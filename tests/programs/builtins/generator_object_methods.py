# Generator objects: send, throw, close, and their builtin-visible state
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), next(acc), acc.send(-3))
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  generator caught", repr(e))
        yield "recovered"
    finally:
        print("  generator finally")
g = guarded()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
g2 = guarded()
print(next(g2))
g2.close()
print("closed", g2.gi_frame is None)
g3 = guarded()
try:
    g3.throw(KeyError("early"))
except KeyError as e:
    print("KeyError propagated", e)
def not_started():
    yield 1
ns = not_started()
try:
    ns.send("x")
except TypeError as e:
    print("TypeError", e)
def returns():
    x = yield 1
    return x * 2
r = returns()
next(r)
try:
    r.send(21)
except StopIteration as e:
    print("return value", e.value)
def refuses_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
rc = refuses_close()
next(rc)
try:
    rc.close()
except RuntimeError as e:
    print("RuntimeError", e)
def delegator():
    result = yield from returns()
    yield "sub returned %r" % result
d = delegator()
print(next(d), d.send(4))
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print([next(c), next(c), next(c), c.send("reset"), next(c), next(c)])
print(type(c).__name__, c.__name__, c.__qualname__, hasattr(c, "send"), iter(c) is c)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
