# StopIteration inside generators becomes RuntimeError (PEP 479).

def leaky():
    yield 1
    raise StopIteration("explicit")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)        # StopIteration escapes here

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# The fix: catch StopIteration and return
def fixed(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(fixed(iter([1, 2]))))

# `return value` sets StopIteration.value
def answer():
    yield
    return 42
a = answer()
next(a)
try:
    next(a)
except StopIteration as e:
    print("value:", e.value)

# StopIteration in a plain iterator class is fine
class Upto:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Upto(3)))

# StopIteration from a function called by a for loop body is NOT swallowed
def bad_helper():
    raise StopIteration
try:
    for i in range(3):
        bad_helper()
except StopIteration:
    print("StopIteration escaped the for loop body")

# Generator expressions follow the same rule
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexpr:", e)

# ... but list comprehensions don't convert it
try:
    print([stopper(x) for x in range(5)])
except StopIteration:
    print("list comprehension let StopIteration through")

# next() with a default never raises
print(next(iter([]), "default"), next(leaky(), "unused"))
