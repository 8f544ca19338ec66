# Animal hierarchy with mixins, super() chains, class attributes and __str__
class Animal:
    sound = "..."
    legs = 4
    registry = []
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Animal.registry.append(self)
    def speak(self):
        return f"{self.name} says {self.sound}"
    def move(self):
        return f"{self.name} walks on {self.legs} legs"
    def __str__(self):
        return f"{type(self).__name__}({self.name}, {self.age})"
    def __repr__(self):
        return f"<{self}>"

class SwimmerMixin:
    def move(self):
        return super().move() + " and swims"
    def dive(self, depth):
        return f"{self.name} dives to {depth}m"

class FlyerMixin:
    wingspan = 1.0
    def move(self):
        return super().move() + f" and flies ({self.wingspan}m wings)"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, age, breed):
        super().__init__(name, age)
        self.breed = breed
    def fetch(self, thing="ball"):
        return f"{self.name} the {self.breed} fetches the {thing}"

class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + " (ignores you)"

class Duck(SwimmerMixin, FlyerMixin, Animal):
    sound = "quack"
    legs = 2
    wingspan = 0.9

class Penguin(SwimmerMixin, Animal):
    sound = "honk"
    legs = 2

class Snake(Animal):
    sound = "hiss"
    legs = 0
    def move(self):
        return f"{self.name} slithers"

class RobotDog(Dog):
    sound = "beep-woof"
    def __init__(self, name, version):
        super().__init__(name, 0, "robot")
        self.version = version
    def speak(self):
        return super().speak().upper() + f" v{self.version}"

zoo = [Dog("Rex", 5, "beagle"), Cat("Tom", 3), Duck("Donald", 2), Penguin("Pingu", 4), Snake("Kaa", 12), RobotDog("K9", 2.1)]
for a in zoo:
    print(f"{str(a):<22} | {a.speak():<34} | {a.move()}")
print([cls.__name__ for cls in Duck.__mro__])
print([cls.__name__ for cls in RobotDog.__mro__])
print(zoo[0].fetch(), "|", zoo[-1].fetch("newspaper"), "|", zoo[3].dive(30))
print("swimmers:", [a.name for a in zoo if isinstance(a, SwimmerMixin)])
print("can fetch:", [a.name for a in zoo if hasattr(a, "fetch")])
print("total legs:", sum(a.legs for a in zoo), "| oldest:", max(zoo, key=lambda a: a.age))
print("by legs:", {n: [a.name for a in zoo if a.legs == n] for n in sorted({a.legs for a in zoo})})
print(zoo, len(Animal.registry))
Dog.sound = "WOOF"
print(zoo[0].speak(), zoo[-1].speak())
zoo[1].sound = "purr"
print(zoo[1].speak(), Cat.sound, "sound" in vars(zoo[1]))
print(sorted(zoo, key=lambda a: (a.legs, a.name))[:3])
