# enumerate, zip, map, filter, reversed, iter, next
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([])))
e = enumerate(["x", "y"], 10)
print(next(e), next(e), next(e, None))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(3), range(3))))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as err:
    print("ValueError", err)
try:
    list(zip([1], "ab", strict=True))
except ValueError as err:
    print("ValueError", err)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as err:
    print("ValueError", err)
print(list(zip("ab", [1, 2], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), "".join(reversed("stressed")), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError", err)
try:
    reversed(iter([1]))
except TypeError as err:
    print("TypeError", err)
data = [5, 3, 0, 7, 0, 9]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as err:
    print("StopIteration", repr(err))
try:
    next([1, 2])
except TypeError as err:
    print("TypeError", err)
try:
    iter(5)
except TypeError as err:
    print("TypeError", err)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(count_up := iter(range(100)), "abc")
print(list(z), next(count_up))
print(all([]), any([]), all([1, 2, 0]), any([0, "", None, 3]), all("abc"), any(x > 5 for x in range(7)), all(x < 5 for x in range(7)))
def noisy(v):
    print("eval", v)
    return v
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))
print(sorted(enumerate("cba"), key=lambda p: p[1]), dict(enumerate("ab")), dict(zip("abc", range(3))))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(iter([])).__name__, type(iter("")).__name__, type(iter(())).__name__, type(iter({})).__name__)
