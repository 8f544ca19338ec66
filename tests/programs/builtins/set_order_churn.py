# Set iteration order after growth, deletions, and re-insertions
s = set()
for i in range(0, 100, 7):
    s.add(i)
print(s)
for i in range(0, 100, 14):
    s.discard(i)
print(s)
for i in range(200, 260, 9):
    s.add(i)
print(s)
t = {-1, -2, -3, 1, 2, 3, 1000, -1000, 2 ** 40, -(2 ** 40)}
print(t)
u = {i * 8 for i in range(12)}
print(u)
v = {i * 32 for i in range(10)}
print(v)
print({5, 13, 21, 29}, {29, 21, 13, 5})
w = set(range(10))
popped = [w.pop() for _ in range(4)]
print(popped, w)
x = {"one", "two", "three"}
x.add("four")
x.remove("two")
x.add("five")
x.add("two")
print(x)
y = set()
for word in "it was the best of times it was the worst of times".split():
    y.add(word)
print(y, len(y))
print(set([3, 2, 1]) | set([6, 5, 4]), {9, 1} & {1, 9, 5}, {1, 2, 3, 4, 5, 6} - {2, 4})
print(frozenset(range(15, -1, -2)), set((1.5, 2.5, 10.25)), {0.1, 0.2, 0.3})
z = {100, 200, 300}
z |= {7, 17, 27, 37, 47, 57}
print(z)
z -= {17, 37}
print(z, sorted(z), list(z)[0])
print({(i, i % 3) for i in range(5)})
print({None, True, "s", 2.5})
