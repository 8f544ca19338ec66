# Reimplementing some itertools with generators (without importing itertools).

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def islice(it, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        yield x

def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def groupby(it, key=lambda x: x):
    sentinel = object()
    current_key, group = sentinel, []
    for x in it:
        k = key(x)
        if group and k != current_key:
            yield current_key, group
            group = []
        current_key = k
        group.append(x)
    if group:
        yield current_key, group

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest

def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest

def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest

def zip_longest(*its, fillvalue=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in its:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)

print(list(islice(count(10, 5), 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print([(k, len(g)) for k, g in groupby("aaabbcaaa")])
print(list(groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)))
print(list(pairwise("abcd")), list(pairwise([1])))
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), "xy"))))
print(list(permutations("abc", 2)))
print(list(combinations(range(5), 3)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(sum(1 for _ in permutations(range(5))), sum(1 for _ in combinations(range(10), 4)))
