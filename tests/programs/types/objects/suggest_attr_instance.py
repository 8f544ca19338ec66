# "Did you mean" for an AttributeError on an instance attribute

class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

r = Rectangle(3, 4)
print(r.area(), r.perimeter)

# caught errors carry name and obj
for attr in ["widht", "aera", "perimeter_", "zzz"]:
    try:
        getattr(r, attr)
    except AttributeError as e:
        print(attr, e.name, e.obj is r, str(e))

# hasattr / getattr defaults
print(hasattr(r, "heigth"), getattr(r, "heigth", "no such"))

# AttributeError from __getattr__ keeps its message
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy(r)
print(p.width, p.area())
try:
    p.hieght
except AttributeError as e:
    print(e.name, type(e.obj).__name__, str(e))

# setting then misspelling
r.colour = "red"
print(r.colour)
print(r.heigth)
