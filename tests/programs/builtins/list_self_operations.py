# Lists operating on themselves
a = [1, 2, 3]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = [1, 2]
b[:] = b
print(b)
b[len(b):] = b
print(b)
b[1:1] = b
print(b)
c = [1, 2, 3]
c.insert(len(c), c[:])
print(c)
d = [0]
d *= 3
print(d)
d *= 0
print(d)
e = [3, 1, 2]
e.append(e)
print(e, len(e), e[3][3][0])
e.remove(e)
print(e)
f = ["x"]
f = f + f
f.append(f[:])
print(f)
g = list(range(5))
g[::2] = g[1::2] + [99]
print(g)
h = [[1, 2], [3, 4]]
h.extend(h)
h[0].append(5)
print(h)
i = [1, 2, 3, 4, 5]
i[1:4] = i[1:4][::-1]
print(i)
j = list("abcdef")
j[::-1] = j
print(j)
k = [1, 2, 3]
print(k == k[:], k is k[:], k.index(k[-1]), k.count(k[0]), k in [k], [k] * 2)
lst = [5, 4, 3]
try:
    lst.sort(key=lst.index)
except ValueError as err:
    print("ValueError during sort:", err)
print(lst)
m = [2, 1]
try:
    m.sort(key=lambda v: (m.append(v), v)[1])
except ValueError as err:
    print("ValueError", err)
print(m)
