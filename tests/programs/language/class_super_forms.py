# super() zero-argument and two-argument forms.

class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super(Square, self).__init__(side, side)
        self.name = "square"
    def describe(self):
        base = super().describe()
        return base + " (a special rect)"

s = Square(4)
print(s.describe())
print(Rect(2, 3).describe())

# Skipping a level with the two-arg form
class Base:
    def hello(self):
        return "Base"
class Mid(Base):
    def hello(self):
        return "Mid"
class Leaf(Mid):
    def hello(self):
        return "Leaf/" + super(Mid, self).hello()
print(Leaf().hello())

# super() in classmethods and staticmethod-free code
class Animal:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Animal.registry.append(cls.__name__)
        return obj
class Dog(Animal):
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, *args):
        print("Dog.create for", cls.__name__)
        return super().create(*args)
class Puppy(Dog):
    pass
p = Puppy.create("rex")
print(type(p).__name__, p.name, Animal.registry)

# The super object itself
sup = super(Square, s)
print(type(sup).__name__, sup.area())
print(super(Rect, s).area())

# super() outside of a method needs arguments
def free():
    return super().x
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)

# super with an unrelated object
try:
    super(Square, 5)
except TypeError as e:
    print(type(e).__name__, e)

# super() attribute not found
class Lonely:
    def f(self):
        return super().missing
try:
    Lonely().f()
except AttributeError as e:
    print(type(e).__name__, e)
