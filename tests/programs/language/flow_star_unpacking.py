# Star unpacking in assignment, for targets and displays.

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(5)
print(a, middle, z)
a, *empty, z = (1, 2)
print(a, empty, z)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
[x, [y, *ys]], = [[0, [1, 2, 3]]]
print(x, y, ys)

head, *tail = {"k1": 1, "k2": 2}
print(head, tail)

try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)

# swap and rotate
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)

# for-loop targets with star
for name, *scores in [("ann", 90, 85), ("bob", 70), ("cid",)]:
    print(name, scores, sum(scores))

# Displays
nums = [1, 2]
more = (3, 4)
print([*nums, *more, 5], (*nums, *"ab"), {*nums, *more, 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *{}, *{"x": 0}])
print(*[1, 2], *(3,), sep="-")

# Chained assignment and unpacking together
m = n = [0]
m.append(1)
print(m, n, m is n)
i, j = k = (5, 6)
print(i, j, k)

# Unpacking nested in a comprehension
pairs = [(1, "one"), (2, "two")]
print([f"{n}:{w}" for n, w in pairs])
print({w: n for n, w in pairs})

# Assignment to slices and starred in nested structures
grid = [[0] * 3 for _ in range(2)]
(grid[0][0], grid[1][2]), *_ = [(1, 2), (9, 9)]
print(grid)
