# Nested classes and private name mangling.

class Outer:
    class Config:
        debug = False
        class Advanced:
            level = 3
    __secret = "outer secret"
    _protected = "protected"

    def __init__(self):
        self.__hidden = 42
        self.config = self.Config()

    def reveal(self):
        return self.__secret, self.__hidden

    def __private_method(self):
        return "private method"

    def call_private(self):
        return self.__private_method()

o = Outer()
print(o.reveal(), o.call_private())
print(sorted(k for k in vars(o)))
print(o._Outer__hidden, Outer._Outer__secret, o._protected)
try:
    o.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Outer.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(Outer.Config.Advanced.level, Outer.Config.Advanced.__qualname__)
print(type(o.config).__qualname__, o.config.debug)

# Subclasses get their own mangled names
class Child(Outer):
    __secret = "child secret"
    def child_reveal(self):
        return self.__secret
c = Child()
print(c.reveal(), c.child_reveal())
print(sorted(k for k in Child.__dict__ if "secret" in k))

# Mangling applies inside methods to any identifier, including getattr strings? (no)
class M:
    def __init__(self):
        self.__x = 1
    def via_getattr(self):
        return getattr(self, "__x", "not found")
    def via_mangled(self):
        return getattr(self, "_M__x")
m = M()
print(m.via_getattr(), m.via_mangled())

# Names with trailing double underscores are not mangled
class Dunder:
    __magic__ = "not mangled"
    def get(self):
        return self.__magic__
print(Dunder().get(), "__magic__" in Dunder.__dict__)

# Leading underscores in the class name are stripped for mangling
class _Internal:
    def __init__(self):
        self.__v = "v"
print(sorted(vars(_Internal())))

# A nested class cannot see the enclosing class body's names
class Container:
    size = 10
    class Inner:
        try:
            doubled = size * 2
        except NameError as e:
            error = str(e)
print(Container.Inner.error)
