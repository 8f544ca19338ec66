# "Did you mean" suggestions come from dir(): slot names count too

class Vector:
    __slots__ = ("x", "y", "magnitude_cache")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def magnitude(self):
        try:
            return self.magnitude_cache
        except AttributeError:
            self.magnitude_cache = (self.x ** 2 + self.y ** 2) ** 0.5
            return self.magnitude_cache

v = Vector(3, 4)
print(v.magnitude(), v.magnitude())
print(sorted(n for n in dir(v) if not n.startswith("__")))

# unset slots read as missing
w = Vector.__new__(Vector)
try:
    w.x
except AttributeError as e:
    print(type(e).__name__, e, e.name)

# setting an undeclared attribute on a slotted instance
try:
    v.z = 5
except AttributeError as e:
    print(type(e).__name__, e)

# dir() ordering and duplicates
class Child(Vector):
    __slots__ = ("z",)
c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z, sorted(n for n in dir(c) if not n.startswith("__")))

# a custom __dir__ changes what suggestions could use
class Custom:
    def __dir__(self):
        return ["visible_name"]
print(dir(Custom()))

print("magnitude of a misspelled slot")
print(v.magnitude_cach)
