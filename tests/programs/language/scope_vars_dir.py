# vars() and dir() on simple objects, classes and modules.
import sys

class Animal:
    kingdom = "animalia"
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs
    def speak(self):
        return "..."

class Dog(Animal):
    sound = "woof"
    def speak(self):
        return self.sound

d = Dog("rex", 4)
print(vars(d))
d.tricks = ["sit"]
print(vars(d))
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print(sorted(k for k in vars(Animal) if not k.startswith("__")))

public = [n for n in dir(d) if not n.startswith("_")]
print(public)
print([n for n in dir(Dog) if not n.startswith("_")])
print("__init__" in dir(d), "__dict__" in dir(d), "__class__" in dir(d))

dunders = [n for n in dir(d) if n.startswith("__")]
print(len(dunders) > 20, "__repr__" in dunders, "__eq__" in dunders)

# dir() is sorted
names = dir(d)
print(names == sorted(names))

# Custom __dir__
class Dynamic:
    def __init__(self):
        self.real = 1
    def __dir__(self):
        return ["zeta", "alpha", "real", "alpha"]
print(dir(Dynamic()))

# dir of builtin types (filtered)
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")][:10])

# vars() on a module
print("argv" in vars(sys), vars(sys) is sys.__dict__)

# vars() without arguments is locals()
def g():
    q = 1
    return vars()
print(g())

# __slots__ objects have no vars()
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(Slotted()) if not n.startswith("__")])
