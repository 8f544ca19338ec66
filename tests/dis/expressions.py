# Operators, comparisons, boolean logic, subscripts and displays.
a = 1
b = a + 2 * 3 - a // 4 % 5 ** 2
c = -a, +a, ~a, not a
d = a < b < c <= 10 != 11
e = a and b or c and not d
f = b if a else c
g = [1, 2, 3]
h = (a, b)
i = {a, b}
j = {1, 2, 3}
k = {'x': a, 'y': b}
l = {'x': 1, **k, 'z': 2}
m = [*g, *h]
n = g[0] + g[-1] + g[1:2][0]
o = g[a:b:2]
g[0] = 5
g[1:2] = [7]
del g[0]
p = k['x']
a += 1
g[0] += 2
g[a:b] += [3]
q = (r := 10) + r
s, *t = g
u, (v, w) = 1, (2, 3)
x = y = z = 0
k.update(a=1)
aa = a is None, a is not None, a in g, a not in g
bb = 1 if a is None else 2
cc = [1, 2, 'three', 4.0, None, True, ...]
dd = (1, (2, 3), 'x', b'y', 2j)
ee = 10 ** 20, 2 ** 100, 1e300 * 1e300
ff = a @ b if a else a | b & c ^ d >> 1 << 2
