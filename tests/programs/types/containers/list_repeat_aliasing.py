# list * n, += and *= aliasing, in-place semantics.
a = [[0]] * 3
a[0].append(1)
print(a)
print(a[0] is a[2])
b = [0] * 0
print(b, [1, 2] * -5, 2 * [1, 2], [1] * True)
try:
    [1] * 2.0
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] * 'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] * (10**20)
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2] + (3,)
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except Exception as e:
    print(type(e).__name__, e)

x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x += (4, 5)
print(x, y)
x += 'ab'
print(y)
x += range(2)
print(y)
try:
    x += 5
except Exception as e:
    print(type(e).__name__, e)
x *= 2
print(x is y, len(y))
x *= 0
print(x, y)
y2 = [1]
z2 = y2
y2 = y2 + [2]
print(y2, z2)

t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
t *= 2
print(t)
try:
    t += [4]
except Exception as e:
    print(type(e).__name__, e)

# list in tuple: += mutates then raises
tt = ([1],)
try:
    tt[0] += [2]
except Exception as e:
    print(type(e).__name__, e)
print(tt)

# self extension
s = [1, 2, 3]
s += s
print(s)
s *= 2
print(s)

class MyList(list):
    pass
m = MyList([1, 2])
print(type(m * 2).__name__, type(m + [3]).__name__, type([3] + m).__name__)
m += [3]
print(type(m).__name__, m)
m *= 2
print(type(m).__name__, m)

# repeat of nested
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 5
print(grid)
row = [0] * 3
grid2 = [row] * 2
grid2[0][0] = 5
print(grid2)
print([] * 100, () * 5, ('a',) * 3)
