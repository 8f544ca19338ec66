# Recursive and nested container reprs
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
b = {"self": None}
b["self"] = b
print(b)
c = [1]
d = [c]
c.append(d)
print(c, d)
e = {"list": []}
e["list"].append(e)
print(e)
f = [[], []]
f[0].append(f)
f[1].append(f[0])
print(f)
t = ([],)
t[0].append(t)
print(t)
print([a, a])
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)
root = Node("root")
root.children.append(Node("kid"))
print(root, [root])
nested = [1, [2, [3, [4, [5, [6]]]]], (7, (8, {9: {10: [11]}}))]
print(nested, str(nested) == repr(nested))
print({1: [2, {3: (4, 5)}], "k": {"s": {"x"}}})
print([[[]]], [(), [()], {()}], [{}, {1: {}}])
print([1.0, [2.5, -0.0], "q", b"b", None, True])
try:
    a == a
    print("eq ok", a == a)
except RecursionError as ex:
    print("RecursionError")
x = [0]
x[0] = x
print(x, x == x, x is x[0])
