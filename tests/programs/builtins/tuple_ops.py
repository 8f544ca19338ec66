# tuple operations and comparison
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(1, 1), 2 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, (2, 3)) < (1, (2, 4)), max([(1, 2), (1, 3), (0, 9)]), sorted([(2, "a"), (1, "z"), (2, "A")]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
a, b, c = (1, 2, 3)
print(a, b, c)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = "xyz"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
mutable_inside = ([1], [2])
mutable_inside[0].append(5)
print(mutable_inside)
try:
    mutable_inside[1] += [6]
except TypeError as e:
    print("TypeError", e, mutable_inside)
print(repr((1,)), repr(((),)), repr((None, "s")), str(("é",)), tuple(x * 2 for x in range(4)))
print((1, 2, 3)[1:], (1, 2, 3)[5:], (1,) * -1, len(((1, 2), (3,))))
