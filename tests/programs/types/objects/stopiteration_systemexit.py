# StopIteration.value, generator return values, SystemExit.code

e = StopIteration()
print(e.value, e.args)
e = StopIteration(1)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration(None)
print(e.value, e.args)
e.value = "set"
print(e.value, e.args)

def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as ex:
    print("value:", ex.value, ex.args)

def gen_tuple():
    return (1, 2)
    yield
try:
    next(gen_tuple())
except StopIteration as ex:
    print("tuple value:", ex.value, ex.args)

def gen_none():
    return
    yield
try:
    next(gen_none())
except StopIteration as ex:
    print("none value:", ex.value, ex.args)

def delegator():
    result = yield from gen()
    print("delegated result", result)
    return result * 2
d = delegator()
print(next(d))
try:
    next(d)
except StopIteration as ex:
    print("outer value:", ex.value)

# StopIteration raised inside a generator becomes RuntimeError
def bad_gen():
    raise StopIteration("inside")
    yield
try:
    next(bad_gen())
except RuntimeError as ex:
    print(type(ex).__name__, ex, type(ex.__cause__).__name__, ex.__cause__)

# SystemExit
for args in [(), (0,), (1,), ("message",), (1, 2), (None,)]:
    s = SystemExit(*args)
    print(args, repr(s.code), s.args, repr(str(s)))
s = SystemExit(3)
s.code = "changed"
print(s.code, s.args)
try:
    raise SystemExit(7)
except SystemExit as ex:
    print("caught", ex.code)
try:
    import sys
    sys.exit("bye")
except SystemExit as ex:
    print("sys.exit", repr(ex.code))
try:
    sys.exit()
except SystemExit as ex:
    print("sys.exit()", repr(ex.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

# StopAsyncIteration has no value attribute
print(hasattr(StopAsyncIteration(), "value"), StopAsyncIteration(5).args)
print(KeyboardInterrupt("k").args, GeneratorExit().args)
