# The iterator protocol: __iter__/__next__, iterables vs iterators.

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(3)
print(list(cd), list(cd))        # an iterable can be iterated twice
it = iter(cd)
print(next(it), next(it), next(it), next(it, "done"))
print(list(it))                  # exhausted iterator stays exhausted
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# Iterator that is its own iterable: single pass
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(100)
print(list(f), list(f))
print(sum(Fib(1000)), max(Fib(50)), sorted(Fib(20), reverse=True))
print(dict(zip("abcde", Fib(10))))
a, b, *rest = Fib(30)
print(a, b, rest)

# Errors
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ = None disables iteration
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = -1
def read():
    global pos
    pos += 1
    return data[pos]
print(list(iter(read, 0)))
print(list(iter(read, 99))[:2] if False else "skipped")
