# list.sort: errors, and a key function that sees or changes the list.
a = [3, 1, 'x', 2, 0]
try:
    a.sort()
except TypeError as e:
    print(e, a)
c = [1, 2, 3]
def k(x):
    c.append(1); return x
try:
    c.sort(key=k)
except ValueError as e:
    print(e, c)
d = [3, 2, 1]
def k2(x):
    print(len(d)); return x
d.sort(key=k2); print(d)
