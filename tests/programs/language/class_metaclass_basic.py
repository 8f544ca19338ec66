# Metaclasses: __new__, __init__ and __call__.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kwargs={kwargs}")
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__ {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        super().__init__(name, bases, ns)
        cls.options = kwargs
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__} args={args}")
        instance = super().__call__(*args, **kwargs)
        instance.tagged = True
        return instance

class Model(metaclass=Meta, table="models"):
    def __init__(self, value):
        print("Model.__init__", value)
        self.value = value
    def show(self):
        return f"Model({self.value})"

print("--- class created")
m = Model(7)
print(m.show(), m.tagged, Model.created_by, Model.options)
print(type(Model).__name__, type(m).__name__, isinstance(Model, Meta))

class Sub(Model, flavour="sub"):
    pass
print(Sub.options, type(Sub).__name__)
s = Sub(8)
print(s.value, s.tagged)

# Creating a class dynamically with type()
def speak(self):
    return f"{self.sound}!"
Dog = type("Dog", (), {"sound": "woof", "speak": speak})
print(Dog().speak(), Dog.__name__, Dog.__mro__)

Cat = Meta("Cat", (Model,), {"sound": "meow"})
print(Cat.created_by, Cat(1).value)

# Singleton via metaclass __call__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
