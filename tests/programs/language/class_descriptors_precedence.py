# Data vs non-data descriptors and the instance __dict__.

class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"

class GetOnlyWithDelete:
    def __get__(self, obj, objtype=None):
        return "has __delete__"
    def __delete__(self, obj):
        print("GetOnlyWithDelete.__delete__")

class C:
    d = DataDesc()
    n = NonDataDesc()
    g = GetOnlyWithDelete()
    plain = "class attribute"

c = C()
print(c.d, c.n, c.g, c.plain)

# Force entries into the instance dict
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
c.__dict__["g"] = "instance g"
c.__dict__["plain"] = "instance plain"

print(c.d)      # data descriptor wins
print(c.n)      # instance dict wins over non-data descriptor
print(c.g)      # __delete__ alone makes it a data descriptor
print(c.plain)

c.d = 99        # goes through __set__
print(c.__dict__["d"])
try:
    c.g = 1     # data descriptor without __set__
except AttributeError as e:
    print(type(e).__name__, e)
del c.g
c.n = "assigned n"
print(c.n, c.__dict__["n"])

# Access through the class: obj is None
class Verbose:
    def __get__(self, obj, objtype=None):
        return f"obj={type(obj).__name__} objtype={objtype.__name__}"
class D:
    v = Verbose()
print(D.v)
print(D().v)

# Functions are non-data descriptors
def f(self):
    return "f called"
print(type(f.__get__(c, C)).__name__, f.__get__(c, C)())
print(f.__get__(None, C) is f)
print(hasattr(f, "__get__"), hasattr(f, "__set__"))

# Overriding a method per-instance works because functions are non-data
class Greeter:
    def hello(self):
        return "class hello"
g = Greeter()
g.hello = lambda: "instance hello"
print(g.hello(), Greeter().hello())
del g.hello
print(g.hello())
