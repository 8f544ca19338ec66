# Comparing self-referential containers: identity short-cuts and RecursionError (printed by
# type name only: how deep native code may recurse depends on the stack it runs on).
a = []
a.append(a)
print(a == a, a is a[0], a in a, a.count(a), a.index(a))
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__)
try:
    print(a < b)
except RecursionError as e:
    print(type(e).__name__)
t1 = ([],)
t1[0].append(t1)
print(t1 == t1, t1[0][0] is t1)
d = {}
d['d'] = d
print(d == d)
e = {}
e['d'] = e
try:
    print(d == e)
except RecursionError as ex:
    print(type(ex).__name__)
print([a] == [a], (a, 1) == (a, 1), {1: a} == {1: a})
x = [1, 2]
y = [x, x]
z = [[1, 2], [1, 2]]
print(y == z, y[0] is y[1], z[0] is z[1])
deep1 = []
deep2 = []
c1, c2 = deep1, deep2
for i in range(400):
    n1, n2 = [i], [i]
    c1.append(n1)
    c2.append(n2)
    c1, c2 = n1, n2
print(deep1 == deep2)
c2.append('end')
print(deep1 == deep2, deep1 < deep2)
very1 = []
very2 = []
for i in range(30000):
    very1 = [very1]
    very2 = [very2]
try:
    print(very1 == very2)
except RecursionError as ex:
    print(type(ex).__name__)
print(very1 == very1)
s = set()
fs = frozenset([1])
print({fs} == {frozenset([1])}, fs in {fs})
class Node:
    def __init__(self):
        self.ref = None
    def __eq__(self, other):
        return self.ref == other.ref
n1 = Node()
n2 = Node()
n1.ref = n1
n2.ref = n2
try:
    print(n1 == n2)
except RecursionError as ex:
    print(type(ex).__name__)
print(n1 == n1 if False else 'skip', [n1] == [n1])
