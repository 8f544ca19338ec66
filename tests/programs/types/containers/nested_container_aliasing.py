# Aliasing inside nested containers: shared rows, dict of lists, default argument pitfalls.
row = [0, 0]
grid = [row, row]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0, 0] for _ in range(2)]
grid2[0][0] = 1
print(grid2)
d = dict.fromkeys(['a', 'b'], [])
d['a'].append(1)
print(d)
d2 = {k: [] for k in 'ab'}
d2['a'].append(1)
print(d2)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to.__defaults__)
t = ([1], [2])
t[0].extend([3])
t[1][:] = ['x']
print(t)
outer = [[1, 2], [3, 4]]
flat = [x for sub in outer for x in sub]
flat[0] = 'changed'
print(outer, flat)
copy1 = outer[:]
copy1[0].append('shared')
copy1[1] = 'replaced'
print(outer, copy1)
s = [set()] * 2
s[0].add(1)
print(s)
m = {'k': {'inner': [1]}}
alias = m['k']
alias['inner'].append(2)
alias['new'] = True
print(m)
l = [1, 2]
l.append(l)
l2 = l[:]
print(l2[2] is l, l2 is l, l2)
a = b = []
a += [1]
print(b)
a = a + [2]
print(a, b)
x = [[]] * 3
x[0] += [1]
print(x)
y = [[]] * 3
y[0] = y[0] + [1]
print(y)
z = ([],) * 2
z[0].append('z')
print(z)
words = ['a', 'b']
mapping = {w: words for w in words}
mapping['a'].append('c')
print(mapping)
