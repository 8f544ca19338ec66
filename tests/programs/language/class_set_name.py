# __set_name__ lets descriptors learn their attribute name.

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None
    def __set_name__(self, owner, name):
        print(f"__set_name__ owner={owner.__name__} name={name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Field(str, "anonymous")
    age = Field(int, 0)
    def __init__(self, name=None, age=None):
        if name is not None:
            self.name = name
        if age is not None:
            self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p).items()))
q = Person()
print(q.name, q.age, vars(q))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(Person.name.name, Person.age.private)

# __set_name__ is not called when assigning after class creation
f = Field(int)
Person.height = f
print(f.name)
f.__set_name__(Person, "height")
p.height = 180
print(p.height)

# Same descriptor object under two names: called twice
class Dual:
    shared = Field(float)
    other = shared
print(Dual.shared.name, Dual.shared is Dual.other)

# __set_name__ receives the name even via type()
T = type("T", (), {"x": Field(int, 5)})
print(T().x, T.x.name)
