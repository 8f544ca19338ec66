# del statements on lists, dicts, nested targets; clear() aliasing; del slices.
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[1], a[2]
print(a)
del a[::2]
print(a)
b = [[1, 2], [3, 4]]
del b[0][1], b[1][0]
print(b)
c = {'x': {'y': 1, 'z': 2}}
del c['x']['y']
print(c)
try:
    del c['x']['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del a[100]
except IndexError as e:
    print('IndexError', e)
try:
    del (1, 2)[0]
except TypeError as e:
    print('TypeError', e)
try:
    del 'abc'[0]
except TypeError as e:
    print('TypeError', e)
try:
    del range(3)[0]
except TypeError as e:
    print('TypeError', e)
try:
    s = {1}
    del s[0]
except TypeError as e:
    print('TypeError', e)
try:
    fs = frozenset()
    del fs[0]
except TypeError as e:
    print('TypeError', e)
d = {1: 'a', 2: 'b'}
alias = d
d.clear()
print(alias, alias is d)
l = [1, 2]
alias = l
l.clear()
print(alias)
l = [1, 2]
alias = l
l = []
print(alias)
m = [1, 2, 3]
view = m
del m[:]
print(view)
x = [1, 2, 3]
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print('NameError', e)
class Tracker(list):
    def __delitem__(self, i):
        print('delitem', i)
        super().__delitem__(i)
t = Tracker([1, 2, 3, 4])
del t[0]
del t[1:]
del t[::-1]
print(t)
