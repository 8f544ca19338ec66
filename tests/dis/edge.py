# Small oddities: empty bodies, star targets, del targets, chained assignment, slices.
class Empty:
    pass

def empty():
    ...

a, *b, c = range(10)
[d, e] = f = 1, 2
obj.x = obj.y = 3
del a, b[0], obj.x
x = y[1:2:3]
y[::2] = []
del y[1:2]
z = y[:]
z = y[1:]
z = y[:-1]
lambda: (yield)
w = (*a, *b)
print(*a, *b)
v = [i for i in range(3)][0]
u = {**{}, 'a': 1}
t = not not a
s = -(-a)
r = a if not b else c
q = (a and b) or (c and d)
