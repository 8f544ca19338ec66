# repr of self-referencing containers, and RecursionError for deeply nested ones.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
dd = {}
dd[1] = [dd, {2: dd}]
print(dd)
x = [[], []]
x[0].append(x)
x[1].append(x[0])
print(x)
print([a, a])
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print('RecursionError')
d2 = {}
d2['v'] = d2.values()
print(d2)
d3 = {}
d3['k'] = d3.keys()
print(d3)
d4 = {}
d4['i'] = d4.items()
print(d4)
# deep nesting without cycle
deep = []
cur = deep
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__)
dt = ()
for i in range(100000):
    dt = (dt,)
try:
    repr(dt)
except RecursionError as e:
    print(type(e).__name__)
dd2 = {}
cur = dd2
for i in range(100000):
    cur['a'] = {}
    cur = cur['a']
try:
    str(dd2)
except RecursionError as e:
    print(type(e).__name__)
# moderately nested is fine
m = [1]
for i in range(50):
    m = [m]
print(repr(m))
print(len(repr(m)))
class L(list):
    pass
sub = L([1])
sub.append(sub)
print(sub)
class D(dict):
    pass
sd = D()
sd['me'] = sd
print(sd)
s = set()
fs = frozenset([1, (2, 3)])
s.add(fs)
print(s)
