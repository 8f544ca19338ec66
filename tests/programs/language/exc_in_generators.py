# Exceptions inside generators: propagation, throw(), close(), finally.

def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
    yield 3

g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "exhausted after error"))

# throw() raises at the paused yield
def resilient():
    results = []
    while True:
        try:
            value = yield len(results)
            results.append(value)
        except KeyError as e:
            results.append(f"recovered {e}")
        except GeneratorExit:
            print("  GeneratorExit with results", results)
            raise

r = resilient()
next(r)
print(r.send("a"))
print(r.throw(KeyError("k1")))
print(r.send("b"))
try:
    r.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated:", e)
print(next(r, "dead"))

r2 = resilient()
next(r2)
r2.send(1)
r2.close()
print("closed cleanly")

# close() on a generator that yields in finally -> RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# throw() into an unstarted generator
def simple():
    try:
        yield 1
    except ValueError:
        yield "handled"
u = simple()
try:
    u.throw(ValueError("early"))
except ValueError as e:
    print("unstarted generator re-raises:", e)

# throw with a class
v = simple()
next(v)
print(v.throw(ValueError))

# Exception escaping a for loop over a generator runs its finally
def with_cleanup():
    try:
        for i in range(10):
            yield i
    finally:
        print("  cleanup ran")
try:
    for x in with_cleanup():
        if x == 2:
            raise RuntimeError("consumer failed at 2")
except RuntimeError as e:
    print(e)

# Generator frame state after exception
def gen_state():
    yield 1
    1 / 0
gs = gen_state()
next(gs)
try:
    next(gs)
except ZeroDivisionError:
    print("frame after error:", gs.gi_frame, gs.gi_running)
