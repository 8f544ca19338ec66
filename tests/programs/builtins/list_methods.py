# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a, len(a))
a.extend([3, 5])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "pen")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove("a")
print(a.index(1), a.index(1, 2), a.index(5, -5), a.count(1), a.count(5), a.count("zz"))
print(a)
for bad in [lambda: a.remove("zz"), lambda: a.index(99), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(3, 5, 6)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = [x for x in a if isinstance(x, int)]
b.sort()
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c)
d = [1, 2, 3]
d += [4]
d += (5, 6)
d += "78"
print(d)
e = d * 2
print(e, [] * 5, [0] * 0, [None] * 3, -1 * [1])
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
f = list(range(10))
print(f[2:5], f[::-1], f[-3:], f[:-7], f[::3], f[8:2:-2], f[100:], f[-100:2], f[5:5])
print(list(), list("abc"), list((1, 2)), list({"x": 1, "y": 2}), list(range(3, 0, -1)), list({3}))
print(3 in f, 11 in f, "a" not in f, len(f), min(f), max(f), sum(f))
g = [[1, 2], [3]]
h = g.copy()
h[0].append(99)
h.append([7])
print(g, h)
print([1, [2, [3, [4, []]]]], repr([None, True, 1.0, "s", b"b", (1,), {}, set()]))
nested = [[0] * 3] * 3
nested[0][0] = 1
print(nested)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
