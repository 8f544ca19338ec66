# Metaclass attributes and methods vs class attributes; metaclass conflicts.

class Meta(type):
    meta_attr = "from meta"
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.fields())} fields"
    def fields(cls):
        return [k for k in vars(cls) if not k.startswith("_") and not callable(vars(cls)[k])]
    def __len__(cls):
        return len(cls.fields())
    def __iter__(cls):
        return iter(cls.fields())
    def __repr__(cls):
        return f"<model {cls.__name__}>"

class Model(metaclass=Meta):
    name = "n"
    age = 0
    def method(self):
        return 1

print(Model.describe(), len(Model), list(Model), Model)
print(Model.meta_attr)
try:
    Model().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Model().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Model), [Model])
print(repr(Model()).startswith("<__main__.Model object"))

# Class attribute shadows metaclass attribute when accessed via the class
class Shadow(metaclass=Meta):
    meta_attr = "from class"
print(Shadow.meta_attr)

# Metaclass conflict
class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Derived metaclass is chosen automatically
class MetaAB(MetaA, MetaB): pass
class D(A, metaclass=MetaAB): pass
class E(D, B): pass
print(type(E).__name__)

# The metaclass of a subclass is the most derived of the bases'
class Sub(Model):
    extra = True
print(type(Sub).__name__, Sub, list(Sub), Sub.describe())

# type is its own metaclass
print(type(type) is type, type(Meta) is type, isinstance(Model, type), isinstance(Model, Meta))
print(Meta.__mro__)
