# del on names, items, slices and attributes.

x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

data = list(range(10))
del data[0]
print(data)
del data[-1]
print(data)
del data[2:4]
print(data)
del data[::2]
print(data)
del data[:]
print(data)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)

class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2

o = Obj()
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

# del of multiple targets, including a tuple target
p, q, r = 1, 2, 3
del p, (q, r)
print([name in globals() for name in ("p", "q", "r")])

# del in a function makes the name local
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())

# del on an immutable sequence
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

# del an index out of range
lst = [1]
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)

# __delitem__ receives a slice object
class Show:
    def __delitem__(self, key):
        print("delitem", key)
sh = Show()
del sh[1], sh[1:2], sh[::3], sh["k"], sh[1, 2]

# del of a loop variable after the loop
for i in range(2):
    pass
del i
print("i" in globals())
