# Set iteration order of ints follows CPython's hash table layout.
print({5, 3, 1, 4, 2})
print({100, 10, 1, 1000})
print({-1, -2, -3, 0, 1, 2})
print({8, 16, 24, 32, 40})
print({31, 63, 95, 127, 7})
print(set(range(20, 0, -1)))
print(set(range(-10, 10, 3)))
s = set()
for i in (64, 0, 128, 32, 96, 8):
    s.add(i)
print(s)
s.remove(0)
print(s)
s.add(0)
s.add(256)
print(s)
# resizing
big = set()
for i in range(0, 400, 7):
    big.add(i * 13 % 101)
print(big)
print(len(big))
grow = set()
snapshots = []
for i in range(50):
    grow.add((i * 37) % 91)
    if i in (4, 5, 18, 19, 49):
        snapshots.append(list(grow))
for snap in snapshots:
    print(snap)
# removals and re-adds leave dummies
r = set(range(10))
for i in range(0, 10, 2):
    r.remove(i)
print(r)
for i in (20, 4, 30, 2):
    r.add(i)
print(r)
# pop order
p = {9, 1, 17, 33, 2}
out = []
while p:
    out.append(p.pop())
print(out)
# hashes of big and negative ints
for v in (2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 10**30, -10**30, -1, -2):
    print(v, hash(v))
print({2**61 - 1, 0, 2**61, 1, -2**61 + 1, -1})
print({True, 2, 0, False})
print({1.0, 2, 3.0, 4.5})
print({-5, -4, -3, -2, -1})
print(set([7, 7, 3, 3, 9]))
print(frozenset(range(40, 0, -3)))
print({x * x for x in range(-8, 9)})
