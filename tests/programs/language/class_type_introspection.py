# Inspecting classes: names, modules, bases, subclasses.

class Vehicle:
    """Anything that moves."""
    wheels = 0

class Car(Vehicle):
    wheels = 4

class Bike(Vehicle):
    wheels = 2

class SportsCar(Car):
    pass

print(Vehicle.__name__, Vehicle.__qualname__, Vehicle.__module__, Vehicle.__doc__)
print(Car.__doc__, SportsCar.__bases__, Vehicle.__base__, SportsCar.__base__)
print(sorted(c.__name__ for c in Vehicle.__subclasses__()))
print([c.__name__ for c in Car.__subclasses__()], Bike.__subclasses__())
print(type(Vehicle), type(Vehicle()).__name__, Vehicle().__class__ is Vehicle)

def walk(cls, depth=0):
    print("  " * depth + f"{cls.__name__} (wheels={cls.wheels})")
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Vehicle)

print(type(1), type("s"), type(None), type(print), type(len), type(type))
print(type([].append).__name__, type(Vehicle.__init__).__name__, type(object.__init__).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(range(1)).__name__)
print(type(Ellipsis).__name__, type(NotImplemented).__name__, type(...).__name__)
print(int.__name__, int.__qualname__, int.__module__, str.__module__)
print(type(Car.wheels).__name__, Car.__dict__.get("wheels"), SportsCar.__dict__.get("wheels"))
print(object.__subclasses__ is not None, "wheels" in dir(SportsCar))
print(Vehicle.__init__ is object.__init__, Car.__repr__ is object.__repr__)
print(isinstance(Car(), Vehicle), issubclass(SportsCar, (Bike, Car)))

# A class's __name__ and __qualname__ can be changed
Bike.__name__ = "Bicycle"
print(Bike.__name__, Bike.__qualname__, Bike)
Bike.__qualname__ = "Transport.Bicycle"
print(Bike)
try:
    Bike.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# Classes defined in functions
def make():
    class Local:
        pass
    return Local
L = make()
print(L.__name__, L.__qualname__, L)
print(make() is make())
