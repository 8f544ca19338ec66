# Memoized recursion with dicts: Fibonacci, partitions, Catalan, and a cache with stats
calls = {"plain": 0, "memo": 0}
def fib_plain(n):
    calls["plain"] += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    calls["memo"] += 1
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

print(fib_plain(20), calls["plain"])
print(fib_memo(20), calls["memo"])
print(fib_memo(300))
print(len(memo), max(memo), len(str(memo[300])))

def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

@memoize
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100), partitions.stats, len(partitions.cache))
print([catalan(n) for n in range(15)], catalan.stats)
print(grid_paths(16, 16), grid_paths(30, 30), grid_paths.__name__, grid_paths.stats)

def fib_iter_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_doubling(n):
    def go(n):
        if n == 0:
            return (0, 1)
        a, b = go(n // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n % 2 else (c, d)
    return go(n)[0]
print(all(fib_iter_pairs(n) == fib_doubling(n) == fib_memo(n) for n in range(250)))
f1000 = fib_doubling(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1_000_000_007)
collatz = {1: 1}
def collatz_len(n):
    path = []
    while n not in collatz:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz[n]
    for m in reversed(path):
        length += 1
        collatz[m] = length
    return collatz[path[0]] if path else collatz[n]
best = max(range(1, 30000), key=collatz_len)
print("longest collatz under 30000:", best, collatz_len(best), "cache size:", len(collatz))
