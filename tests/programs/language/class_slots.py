# __slots__: restricted attributes, no __dict__, inheritance.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), Point.__slots__)

class Lazy:
    __slots__ = ("value",)
l = Lazy()
try:
    l.value
except AttributeError as e:
    print(type(e).__name__, e)
l.value = 5
del l.value
try:
    del l.value
except AttributeError as e:
    print(type(e).__name__, e)

# Subclass without __slots__ gets a __dict__
class Point3(Point):
    pass
p3 = Point3(1, 2)
p3.z = 3
print(p3.z, vars(p3))

# Subclass with its own slots
class Point3S(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3S(1, 2, 3)
print(q.z, q, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

# Slots with __dict__ explicitly
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.b = 2
print(f.a, vars(f))

# slot descriptors on the class
print(type(Point.x).__name__, Point.x.__name__)

# Conflict between slot and class attribute
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

# String __slots__ means one slot
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only, One.__slots__)
