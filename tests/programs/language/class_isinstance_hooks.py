# isinstance/issubclass, tuples of classes, __instancecheck__ and __subclasscheck__.

class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass

pets = [Dog(), Cat(), Robot(), 3, "s"]
print([isinstance(p, Animal) for p in pets])
print([isinstance(p, (Dog, Robot)) for p in pets])
print([isinstance(p, (int, (str, Cat))) for p in pets])
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(Dog, type), isinstance(type, type), isinstance(object, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object))

try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)

# Duck-typing checks via a metaclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(callable(getattr(sub, m, None)) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")

class Duck:
    def quack(self): return "quack"
    def walk(self): return "waddle"

class Person:
    def quack(self): return "I'm quacking"
    def walk(self): return "stroll"

class Rock:
    pass

print(isinstance(Duck(), Quacker), isinstance(Person(), Quacker), isinstance(Rock(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Rock, Quacker))
print(isinstance(Rock(), (Quacker, Rock)))

# An exact type match short-circuits __instancecheck__
class Never(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__ called")
        return False
class N(metaclass=Never):
    pass
print(isinstance(N(), N))
print(isinstance(3, N))

# Union types
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, type(None) | int))

# type() vs isinstance with subclasses
d = Dog()
print(type(d) is Dog, type(d) is Animal, type(d) == Dog, type(d).__name__)
