# Native code calling back into Python, many levels deep: a memoized function recursing
# through functools.cache, map() and sorted() keys calling the function that called them,
# and __repr__ of a long chain. CPython allows each of these up to its recursion limit.
from functools import cache, lru_cache


@cache
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


print("partitions(120) =", partitions(120, 120))
print("stairs(900) mod 10**9 =", stairs(900) % 10**9)
print(stairs.cache_info())


def depth_by_map(n):
    return 0 if n == 0 else sum(map(depth_by_map, [n - 1])) + 1


print("depth through map:", depth_by_map(800))


def depth_by_sort_key(n):
    if n == 0:
        return 0
    return sorted([n - 1], key=depth_by_sort_key)[0] + 1


print("depth through sort keys:", depth_by_sort_key(600))


class Chain:
    def __init__(self, value, rest):
        self.value = value
        self.rest = rest

    def __repr__(self):
        return f"({self.value} {self.rest!r})"


chain = None
for i in range(400):
    chain = Chain(i, chain)
text = repr(chain)
print("repr of a 400-link chain:", len(text), text[:20], text[-20:])


@cache
def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
