# __dict__ of instances and classes, vars(), and mappingproxy.

class Config:
    debug = False
    level = 1
    def __init__(self, name):
        self.name = name
        self.values = {}
    def enable(self):
        self.debug = True

c = Config("app")
print(c.__dict__)
c.enable()
print(c.__dict__)
print(vars(c) is c.__dict__)

c.__dict__["injected"] = 42
print(c.injected)

class_keys = [k for k in Config.__dict__ if not k.startswith("__")]
print(class_keys)
print(type(Config.__dict__).__name__)
try:
    Config.__dict__["level"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(Config.__dict__["level"], "name" in Config.__dict__)

# Replacing an instance __dict__ wholesale
c.__dict__ = {"name": "replaced", "extra": True}
print(c.name, c.extra, c.level)
try:
    c.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)

# vars() of objects without __dict__
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

# Building objects from dicts
class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Bag({inner})"

b = Bag(x=1, y=[2], z="three")
print(b, b.y)
b.w = None
print(b)
print({k: v for k, v in vars(b).items() if v})

# Class __dict__ contains functions, not bound methods
f = Config.__dict__["enable"]
print(type(f).__name__, f.__name__)
print(type(Config.__dict__["__init__"]).__name__)
print("__module__" in Config.__dict__, Config.__dict__["__module__"])
print("__weakref__" in Config.__dict__, "__dict__" in Config.__dict__)
