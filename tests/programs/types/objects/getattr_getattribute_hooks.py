# __getattr__ and __getattribute__ interplay

class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")

f = Fallback()
print(f.real, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "other"))
try:
    f.other
except AttributeError as e:
    print("AttributeError", e)

class Intercept:
    def __init__(self):
        self.value = 5
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
i = Intercept()
print(i.value, i.secret)

class Both:
    x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "boom":
            raise AttributeError(name)
        if name == "bad":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        return "fallback:" + name
b = Both()
print(b.x)
print(b.missing)
print(b.boom)
try:
    b.bad
except KeyError as e:
    print("KeyError", e)

# __getattr__ is not used for special method lookup
class NoLen:
    def __getattr__(self, name):
        return lambda: 42
n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print("TypeError", e)

# property raising AttributeError falls back to __getattr__
class PropFallback:
    @property
    def p(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr for " + name
print(PropFallback().p)

# __getattr__ defined later on the class
class Late:
    pass
late = Late()
try:
    late.q
except AttributeError as e:
    print("before:", e)
Late.__getattr__ = lambda self, name: "late " + name
print(late.q)

# __getattribute__ on the type (class attribute access) uses the metaclass
class Meta(type):
    def __getattr__(cls, name):
        return "meta " + name
class WithMeta(metaclass=Meta):
    present = 1
print(WithMeta.present, WithMeta.absent)
try:
    WithMeta().absent
except AttributeError as e:
    print("AttributeError", e)

# recursion through __getattr__ that touches a missing attribute
class Recursive:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError("data")
        return self.data.get(name)
try:
    Recursive().anything
except AttributeError as e:
    print("AttributeError", e)

# object.__getattribute__ called with a non-str name
try:
    object.__getattribute__(Fallback(), 5)
except TypeError as e:
    print("TypeError", e)
print(object.__getattribute__(f, "real"), type(f).__getattribute__(f, "real"))
