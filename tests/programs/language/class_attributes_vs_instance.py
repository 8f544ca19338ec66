# Class attributes, instance attributes and shared mutable state.

class Dog:
    species = "canis familiaris"
    tricks = []           # shared by all instances (a classic bug)
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)

a = Dog("fido")
b = Dog("buddy")
a.add_trick("roll over")
b.add_trick("play dead")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
print(a.own_tricks, b.own_tricks)
print(Dog.count, a.count)

# Assigning through an instance creates an instance attribute
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(sorted(vars(a)), "species" in vars(b))
del a.species
print(a.species)

# Augmented assignment on an instance reads the class attr, writes an instance attr
class Counter:
    value = 10
c1, c2 = Counter(), Counter()
c1.value += 5
print(c1.value, c2.value, Counter.value, vars(c1))
Counter.value = 100
print(c1.value, c2.value)

# Class attribute lookup through type and instance
print(type(a).species, getattr(Dog, "species"), hasattr(Dog, "name"))

# Changing the class of an instance
class Cat:
    species = "felis catus"
    def speak(self):
        return f"{self.name} says meow"
b.__class__ = Cat
print(type(b).__name__, b.species, b.speak(), isinstance(b, Dog))

# setattr/getattr/delattr with computed names
for field, val in [("age", 3), ("color", "brown")]:
    setattr(a, field, val)
print(a.age, a.color, sorted(vars(a).items()))
delattr(a, "color")
print(hasattr(a, "color"))

# Class attributes defined after class creation
Dog.legs = 4
print(a.legs, Dog.__dict__["legs"])
try:
    del Dog.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.undefined_attr
except AttributeError as e:
    print(type(e).__name__, e)
