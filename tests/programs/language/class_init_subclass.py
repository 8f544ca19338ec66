# __init_subclass__ hooks and class keyword arguments.

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "->", cls.__name__)

class Json(Plugin):
    pass

class Yaml(Plugin, name="yml"):
    pass

class StrictYaml(Yaml, name="strict-yml"):
    pass

print(sorted(Plugin.registry))
print(Plugin.registry["yml"].__name__)

# __init_subclass__ is implicitly a classmethod
class Base:
    def __init_subclass__(cls, **kwargs):
        print("Base hook for", cls.__name__, "kwargs", kwargs)
        cls.depth = len(cls.__mro__) - 2

class Mid(Base):
    pass

class Leaf(Mid):
    pass
print(Mid.depth, Leaf.depth)

# Unknown keywords reach object.__init_subclass__ and fail
try:
    class Bad(Json, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Enforcing an interface at subclass time
class Shape:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")

class Square(Shape):
    def area(self):
        return 4

try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Square().area())
