# isinstance, issubclass, callable, getattr family, type(), vars, dir
class Animal:
    kind = "animal"
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Puppy), isinstance(d, (int, Animal)), isinstance(d, ()), isinstance(3, (str, (float, int))))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, Dog), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(d), callable(Dog), callable(d.speak), callable(lambda: 0), callable(3), callable("s"), callable(None))
print(getattr(d, "kind"), getattr(d, "nope", "fallback"), hasattr(d, "speak"), hasattr(d, "fly"), getattr(Dog, "speak")(d))
try:
    getattr(d, "fly")
except AttributeError as e:
    print("AttributeError", e)
setattr(d, "name", "Rex")
print(d.name, vars(d), d.__dict__)
delattr(d, "name")
print(vars(d), hasattr(d, "name"))
try:
    delattr(d, "name")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError", e)
print(type(d).__name__, type(d) is Dog, type(Dog).__name__, type(type).__name__, type(None).__name__, type(len).__name__, type(d.speak).__name__, type(Dog.speak).__name__)
Cat = type("Cat", (Animal,), {"speak": lambda self: "meow", "lives": 9})
c = Cat()
print(Cat.__name__, c.speak(), c.lives, c.kind, isinstance(c, Animal), Cat.__bases__[0].__name__, [k.__name__ for k in Cat.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__, type(Empty()).__name__)
print(Puppy.__mro__ == (Puppy, Dog, Animal, object), Puppy.__bases__, Dog.__name__, Dog.__qualname__)
print([n for n in dir(d) if not n.startswith("__")], "speak" in dir(Dog), "__init__" in dir(d))
print(sorted(vars(Cat).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
class Slotted:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(getattr([], "append").__name__, getattr("abc", "upper")(), hasattr(5, "real"), hasattr(5, "__add__"))
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z, None is None, type(x) is list)
print(isinstance(True, bool), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
