# Higher-order functions written without functools.

def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc

def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    call.__name__ = f"partial({fn.__name__})"
    return call

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.__name__)
print([partial(power, 2)(e) for e in range(8)])

print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, s: a + len(s), ["ab", "cde", ""], 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

def pipe(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

slugify = pipe(str.strip, str.lower, str.split, "-".join)
print(slugify("  Hello Big  World "))

def group_by(items, key):
    groups = {}
    for it in items:
        groups.setdefault(key(it), []).append(it)
    return groups

words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
print(group_by(words, lambda w: w[0]))
print(group_by(range(10), lambda n: n % 3))

def memoize(fn):
    cache = {}
    def wrapped(*args):
        if args in cache:
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapped.cache = cache
    return wrapped

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(10, 10), len(grid_paths.cache))
print(sorted(map(abs, [-3, 1, -2])), list(map(pow, [2, 3], [5, 2])))
print(list(zip("abc", range(10), [True, False, None])))
print(any(x > 3 for x in [1, 5]), all([]), any([]))
