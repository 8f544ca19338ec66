# Generating permutations, combinations, products and partitions by hand
def permutations(seq, r=None):
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest

def combinations(seq, r):
    if r == 0:
        yield ()
        return
    for i in range(len(seq) - r + 1):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest

def combinations_with_replacement(seq, r):
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combinations_with_replacement(seq[i:], r - 1):
            yield (seq[i],) + rest

def product(*pools):
    result = [()]
    for pool in pools:
        result = [acc + (x,) for acc in result for x in pool]
    return result

def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

def compositions(n, parts):
    if parts == 1:
        yield (n,)
        return
    for first in range(n + 1):
        for rest in compositions(n - first, parts - 1):
            yield (first,) + rest

print(list(permutations("abc")), len(list(permutations(tuple(range(6))))))
print(list(permutations([1, 2, 3, 4], 2)))
print(list(combinations("abcde", 3)))
print(list(combinations_with_replacement("xyz", 2)), len(list(combinations_with_replacement(range(5), 3))))
print(product("ab", [0, 1], "XY")[:6], len(product(range(3), range(4))))
p = "aabc"
seen = [p]
while True:
    nxt = next_permutation(seen[-1])
    if nxt is None:
        break
    seen.append("".join(nxt))
print(len(seen), seen)
print([sum(1 for _ in combinations(range(n), k)) for n in range(8) for k in (n // 2,)])
print(list(compositions(4, 3))[:8], sum(1 for _ in compositions(10, 4)))
target = 24
nums = [4, 7, 8, 8]
exprs = set()
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b if b else None}
for perm in set(permutations(nums)):
    for o1, o2, o3 in product("+-*/", "+-*/", "+-*/"):
        a, b, c, d = perm
        for shape, val in [("((a o1 b) o2 c) o3 d", lambda: ops[o3](ops[o2](ops[o1](a, b), c), d)),
                           ("(a o1 b) o3 (c o2 d)", lambda: ops[o3](ops[o1](a, b), ops[o2](c, d))),
                           ("a o1 (b o2 (c o3 d))", lambda: ops[o1](a, ops[o2](b, ops[o3](c, d))))]:
            try:
                v = val()
            except TypeError:
                continue
            if v is not None and abs(v - target) < 1e-9:
                exprs.add(shape.replace("o1", o1).replace("o2", o2).replace("o3", o3).replace("a", str(a)).replace("b", str(b)).replace("c", str(c)).replace("d", str(d)))
print(len(exprs), sorted(exprs)[:5])
