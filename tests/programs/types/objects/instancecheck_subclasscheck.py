# __instancecheck__ and __subclasscheck__ on metaclasses

class EvenMeta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, repr(inst))
        return isinstance(inst, int) and inst % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is bool

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)))
print(isinstance(Even(), Even))  # exact type match short-circuits
print(issubclass(Even, Even))

class TruthyMeta(type):
    def __instancecheck__(cls, inst):
        return "yes"
    def __subclasscheck__(cls, sub):
        return []

class T(metaclass=TruthyMeta):
    pass

print(isinstance(1, T), issubclass(int, T))

class RaisingMeta(type):
    def __instancecheck__(cls, inst):
        raise ValueError("nope")

class R(metaclass=RaisingMeta):
    pass

try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)

class BadBool:
    def __bool__(self):
        raise RuntimeError("bool failed")

class BadBoolMeta(type):
    def __subclasscheck__(cls, sub):
        return BadBool()

class BB(metaclass=BadBoolMeta):
    pass

try:
    issubclass(int, BB)
except RuntimeError as e:
    print(type(e).__name__, e)

# instance (non-class) objects with __instancecheck__ defined on their type
class Checker:
    def __instancecheck__(self, inst):
        return inst == "magic"
    def __subclasscheck__(self, sub):
        return sub is str

print(isinstance("magic", Checker()), isinstance("other", Checker()))
print(issubclass(str, Checker()), issubclass(int, Checker()))

# instance attribute __instancecheck__ is ignored
class Plain:
    pass
p = Plain()
p.__instancecheck__ = lambda x: True
try:
    isinstance(1, p)
except TypeError as e:
    print(type(e).__name__, e)

# objects with __bases__ act like classes for issubclass
class Fake:
    def __init__(self, bases):
        self.__bases__ = bases
fa = Fake(())
fb = Fake((fa,))
print(issubclass(fb, fa), issubclass(fa, fb))
class FakeInst:
    @property
    def __class__(self):
        return fb
try:
    print(isinstance(FakeInst(), fa), isinstance(FakeInst(), FakeInst))
except TypeError as e:
    print(type(e).__name__, e)
