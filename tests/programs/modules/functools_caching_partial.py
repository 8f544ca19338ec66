# functools: lru_cache/cache (statistics, LRU eviction order, typed, maxsize forms), partial
# and partialmethod (flattening, keywords, reprs), reduce, wraps/update_wrapper and their errors.
import functools
from functools import lru_cache, cache, partial, partialmethod, reduce, wraps, update_wrapper


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@lru_cache(maxsize=None)
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__(10), fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(calls, square.cache_info())


@lru_cache
def plain(x):
    return x


plain(1), plain(1), plain(2)
print(plain.cache_info(), plain.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(('typed', x))
    return x


typed(1), typed(1.0), typed(True), typed(1)
print(typed.cache_info(), typed.cache_parameters())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())


@lru_cache(maxsize=2)
def kw(a, b=0, *, c=0):
    return a + b + c


print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(1, c=3), kw.cache_info())
attempt('unhashable', lambda: kw([1]))
attempt('bad maxsize', lambda: lru_cache('x'))
attempt('not callable', lambda: lru_cache(3)(5))


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.cache_info(), grid_paths.cache_parameters())


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def times(self, k):
        return self.n * k

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Thing) and self.n == other.n


t = Thing(3)
print(t.times(4), t.times(4), Thing(3).times(4), Thing.times.cache_info())

# partial
def power(base, exponent, *, scale=1):
    return scale * base ** exponent


square_of = partial(power, exponent=2)
cube = partial(power, exponent=3, scale=10)
two_to = partial(power, 2)
print(square_of(5), cube(2), two_to(10), square_of(3, exponent=3), cube(2, scale=1))
print(square_of.func is power, square_of.args, square_of.keywords, two_to.args, two_to.keywords)
nested = partial(partial(power, 2), 3)
print(nested.func is power, nested.args, nested(), repr(nested).startswith('functools.partial(<function power'))
print(repr(partial(len, 'abc')), repr(partial(max, 1, 2, key=abs)), partial(max, 1)(5))
attempt('readonly', lambda: setattr(square_of, 'func', max))
square_of.label = 'sq'
print(square_of.label, square_of.__dict__, partial(square_of, 2).args)
attempt('no args', lambda: partial())
attempt('not callable', lambda: partial(5))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)), list(map(partial(int, base=2), ['101', '11'])))


class MyPartial(partial):
    pass


mp = MyPartial(power, 3)
print(repr(mp).startswith('__main__.MyPartial(<function power'), mp(2), type(partial(mp, 1)).__name__)
print(partial(power, 2).__reduce__()[0] is partial, partial[int])


# partialmethod
class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note='born')
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_dead(note='x'), Cell.make_one(2), c.make_one(3))
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function Cell.set_state'))
print(Cell.set_alive.__name__ if hasattr(Cell.set_alive, '__name__') else None, type(Cell.__dict__['make_one']).__name__)
attempt('partialmethod bad', lambda: partialmethod(5))

# reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']), reduce(lambda acc, x: acc + [x * 2], 'ab', []))
attempt('reduce empty', lambda: reduce(lambda a, b: a, []))
attempt('reduce none', lambda: reduce())
attempt('reduce one', lambda: reduce(len))
attempt('reduce many', lambda: reduce(len, [], 1, 2))
attempt('reduce not iterable', lambda: reduce(len, 5))
attempt('reduce keyword', lambda: reduce(len, [], initial=1))

# wraps and update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return ('logged', func(*args, **kwargs))
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


add.__dict__['extra'] = 1
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__annotations__, add.__wrapped__(3, 4), add.__module__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    """target doc"""


target.attr = 'copied'


def shell():
    pass


update_wrapper(shell, target)
print(shell.__name__, shell.__doc__, shell.attr, shell.__wrapped__ is target)
update_wrapper(shell, target, assigned=('__doc__',), updated=())


class CallableObj:
    def __call__(self):
        return 'called'


obj = CallableObj()
update_wrapper(obj, len)
print(obj.__name__, obj.__wrapped__ is len, obj())
attempt('updated missing', lambda: update_wrapper(shell, target, updated=('nope',)))

# The cache wrapper adds no Python frame of its own to a memoized recursion.
@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(150))


@lru_cache(maxsize=10)
def bounded_depth(n):
    return 0 if n == 0 else bounded_depth(n - 1) + 1


print(bounded_depth(140), bounded_depth.cache_info())
depth.cache_clear()
import sys
print(sys.getrecursionlimit())
print(type(depth).__name__, type(depth).__module__, repr(depth).startswith('<functools._lru_cache_wrapper object'))
print(Thing.times.__name__, Thing.times.__qualname__, callable(Thing.times), Thing.times.__wrapped__.__name__)
attempt('wrapper maxsize', lambda: functools._lru_cache_wrapper(len, 'x', False, None))
