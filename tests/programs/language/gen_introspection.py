# Generator objects: state, frames, names and identity.

def worker(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = worker(3)
print(g.__name__, g.__qualname__, type(g).__name__)
print("running:", g.gi_running, "| suspended frame:", g.gi_frame is not None)
print("code name:", g.gi_code.co_name, "| yieldfrom:", g.gi_yieldfrom)
print(next(g), g.gi_frame.f_locals["total"], g.gi_frame.f_locals["i"])
print(next(g), g.gi_frame.f_lineno - g.gi_code.co_firstlineno)
print(list(g), g.gi_frame)

# gi_running is True only while executing
def self_aware():
    yield gen_ref.gi_running
gen_ref = self_aware()
print("inside, running =", next(gen_ref))

# gi_yieldfrom shows the delegate
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)

# Iterator protocol: a generator is its own iterator
g2 = worker(2)
print(iter(g2) is g2, hasattr(g2, "__next__"), hasattr(g2, "send"), hasattr(g2, "throw"))

# Naming of nested and method generators
class Repo:
    def items(self):
        yield "x"
    @staticmethod
    def static_items():
        yield "y"
print(Repo().items().__qualname__, Repo.static_items().__qualname__)

def factory():
    def nested():
        yield 0
    return nested()
print(factory().__qualname__)

# Closing an exhausted or unstarted generator is a no-op
g3 = worker(1)
g3.close()
print(list(g3))
g4 = worker(1)
list(g4)
g4.close()
print("closed exhausted ok")

# Generator function vs generator object
print(type(worker).__name__, worker.__code__.co_flags & 0x20 != 0)
print(callable(worker), callable(worker(1)))
