# __set_name__: when it is called and errors inside it

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.name} of {type(obj).__name__}"

class Model:
    a = Field()
    b = Field()
    c = 3

print(Model.a.name, Model().b)

# not called on later assignment
Model.d = Field()
print(hasattr(Model.d, "name"))

# same descriptor under two names
shared = Field()
class Twice:
    x = shared
    y = shared
print(shared.name)

# called via type()
T = type("T", (), {"f": Field()})
print(T.f.owner is T)

# errors are wrapped with a note
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Holder:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))

class WrongArity:
    def __set_name__(self):
        pass
try:
    class Holder2:
        attr = WrongArity()
except TypeError as e:
    print(type(e).__name__, e, e.__notes__)

# __set_name__ looked up on the type, not the instance
class Plain:
    pass
p = Plain()
p.__set_name__ = lambda owner, name: print("instance hook")
class Holder3:
    attr = p
print("no instance hook called")

# __set_name__ = None on the type -> TypeError
class NoneHook:
    __set_name__ = None
try:
    class Holder4:
        attr = NoneHook()
except TypeError as e:
    print(type(e).__name__, e)

# order follows the class namespace order
class Ordered:
    z = Field()
    a = Field()
    m = Field()

# metaclass interplay: __set_name__ runs before __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, [k for k in vars(cls) if not k.startswith("__")])
class Child(Base):
    f = Field()
