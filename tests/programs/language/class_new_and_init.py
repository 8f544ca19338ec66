# __new__ vs __init__, and errors from object.__new__/__init__.

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            print("  reuse", name)
            return cls._cache[name]
        print("  create", name)
        obj = super().__new__(cls)
        cls._cache[name] = obj
        return obj
    def __init__(self, name):
        print("  init", name)
        self.name = name

a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, a.name)

# __init__ not called when __new__ returns a different type
class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [1, 2]
        return super().__new__(cls)
    def __init__(self, kind):
        print("  Factory.__init__", kind)
print(Factory("list"))
print(type(Factory("obj")).__name__)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# Arguments to a class without __init__/__new__
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty(x=1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ with extra args when __new__ is overridden and passes them on
class Passes:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
try:
    Passes(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__init__(Empty(), 1)
except TypeError as e:
    print(type(e).__name__, e)

# Immutable value with __new__ validation
class Percent(float):
    def __new__(cls, value):
        if not 0 <= value <= 100:
            raise ValueError(f"percent out of range: {value}")
        return super().__new__(cls, value)
    def __str__(self):
        return f"{float(self):g}%"
print(Percent(12.5), Percent(100) + 1)
try:
    Percent(120)
except ValueError as e:
    print(type(e).__name__, e)
