# __abstractmethods__ and instantiation errors (without the abc module)

def abstract(f):
    f.__isabstractmethod__ = True
    return f

class Base:
    @abstract
    def run(self):
        pass
    @abstract
    def stop(self):
        pass

# without ABCMeta, nothing is enforced automatically...
print(type(Base()).__name__, hasattr(Base, "__abstractmethods__"))

# ...but setting __abstractmethods__ makes the class abstract
Base.__abstractmethods__ = frozenset({"run", "stop"})
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
Base.__abstractmethods__ = frozenset({"run"})
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
Base.__abstractmethods__ = frozenset()
print(type(Base()).__name__)
Base.__abstractmethods__ = ["z", "a"]
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
del Base.__abstractmethods__
print(type(Base()).__name__)
try:
    del Base.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)

try:
    type.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)

# __isabstractmethod__ on descriptors
print(property(abstract(lambda s: 1)).__isabstractmethod__)
print(staticmethod(abstract(lambda: 1)).__isabstractmethod__)
print(classmethod(abstract(lambda c: 1)).__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__)

class BadFlag:
    @property
    def __isabstractmethod__(self):
        raise ValueError("flag error")
try:
    property(BadFlag()).__isabstractmethod__
except ValueError as e:
    print(type(e).__name__, e)

# the abstract set is inherited as attribute but not enforced for subclasses made later
class Shape:
    pass
Shape.__abstractmethods__ = frozenset({"area"})
class Square(Shape):
    def area(self):
        return 4
print(type(Square()).__name__, Square.__abstractmethods__ if "__abstractmethods__" in Square.__dict__ else "not own")
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ is what checks it, so a custom __new__ that skips it escapes the check
class Escapes:
    def __new__(cls):
        return "escaped"
Escapes.__abstractmethods__ = frozenset({"x"})
print(Escapes())
