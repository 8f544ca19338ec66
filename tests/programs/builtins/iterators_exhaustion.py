# Iterator objects: exhaustion, identity, and iterating twice
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it), next(it, "empty"))
g = (x * 2 for x in range(3))
print(iter(g) is g, sum(g), sum(g))
m = map(str, range(3))
print(list(m), list(m))
f = filter(None, [0, 1, 2])
print(1 in f, list(f))
z = zip("abc", range(3))
print(("a", 0) in z, ("b", 1) in z, ("a", 0) in z, list(z))
e = enumerate("xyz")
print(next(e), list(e), list(e))
r = range(3)
print(list(r), list(r), iter(r) is iter(r))
d = {"a": 1, "b": 2}
ki = iter(d)
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii), list(ki), list(vi), list(ii))
s = "hey"
si = iter(s)
print(next(si), "".join(si), "".join(si))
rev = reversed([1, 2, 3])
print(list(rev), list(rev))
def gen():
    yield 1
    yield 2
    return "done"
gi = gen()
print(list(gi), list(gi))
gi2 = gen()
next(gi2); next(gi2)
try:
    next(gi2)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
nums = iter(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens, list(nums))
nums2 = iter(range(10))
first_big = next(n for n in nums2 if n > 4)
print(first_big, list(nums2))
a, b, *rest = iter("abcdef")
print(a, b, rest)
print(max(iter([3, 9, 2])), sorted(iter({3, 1, 2})), "-".join(iter(["x", "y"])), dict(iter([("k", "v")])))
