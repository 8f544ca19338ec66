# Special methods are looked up on the type, not the instance.

class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

b = Box([1, 2, 3])
b.__len__ = lambda: 99
print(len(b), b.__len__())

class Plain:
    pass
p = Plain()
p.__add__ = lambda other: "instance add"
p.__repr__ = lambda: "instance repr"
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
print(p.__add__(1), repr(p) != "instance repr")

# Adding to the class after creation works for instances already made
Plain.__add__ = lambda self, other: f"class add {other}"
Plain.__repr__ = lambda self: "Plain()"
Plain.__len__ = lambda self: 7
Plain.__iter__ = lambda self: iter("ab")
Plain.__getitem__ = lambda self, k: k * 2
Plain.__bool__ = lambda self: False
print(p + 1, repr(p), len(p), list(p), p[21], bool(p), [p])

# Deleting them again
del Plain.__add__
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
del Plain.__bool__
print(bool(p))   # now falls back to __len__ == 7

# __getattr__ doesn't provide special methods
class Dynamic:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"
d = Dynamic()
print(d.__len__(), d.anything())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(d)
except TypeError as e:
    print(type(e).__name__, e)
with_ctx = None
try:
    with d:
        pass
except TypeError as e:
    print(type(e).__name__, e)
