# List methods whose comparisons mutate the list; remove/index/count with side effects.
class Mut:
    def __init__(self, target, v):
        self.target = target
        self.v = v
    def __eq__(self, other):
        if self.target:
            self.target.clear()
        return False
    def __repr__(self):
        return 'Mut(%r)' % self.v
l = [1, 2, 3]
m = Mut(l, 0)
print(m in l, l)
l = [1, 2, 3]
print(l.count(Mut(l, 1)), l)
l = [1, 2, 3]
try:
    l.index(Mut(l, 2))
except ValueError as e:
    print('ValueError', e, l)
l = [1, 2, 3]
try:
    l.remove(Mut(l, 3))
except ValueError as e:
    print('ValueError', e, l)
class Grow:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        if len(self.target) < 10:
            self.target.append(len(self.target))
        return False
g_list = [0]
print(Grow(g_list) in g_list, g_list)
g_list = [0]
print(g_list.count(Grow(g_list)), g_list)
a = [1, 2, 3]
b = [1, 2, 3]
class Shrinker:
    def __eq__(self, other):
        del b[:]
        return True
a[1] = Shrinker()
print(a == b, b)
x = [Shrinker()]
b = [1, 2]
print(x == b, b)
class EqRaise:
    def __eq__(self, o):
        raise RuntimeError('eq raised')
try:
    [EqRaise()].index(1)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    [1] == [EqRaise()]
except RuntimeError as e:
    print('RuntimeError', e)
print([EqRaise()].count(0) if False else 'skip')
l = [1, 2, 3, 4, 5]
for i, x in enumerate(l):
    if x % 2:
        del l[i]
print(l)
l = [1, 2, 3]
it = iter(l)
next(it)
l.insert(0, 0)
print(list(it))
l = [3, 1, 2]
it = iter(l)
l.sort()
print(list(it))
l = [1, 2, 3]
it = iter(l)
l[:] = []
print(list(it), l)
l.extend(x for x in [7, 8] if not l.append(0))
print(l)
class Boom:
    def __iter__(self):
        yield 1
        yield 2
        raise ValueError('boom')
z = [0]
try:
    z.extend(Boom())
except ValueError:
    print('partial extend', z)
try:
    z += Boom()
except ValueError:
    print('partial iadd', z)
try:
    z[1:1] = Boom()
except ValueError:
    print('slice assign atomic', z)
