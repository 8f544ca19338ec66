# property, staticmethod, classmethod as builtins
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    def del_f(self):
        print("deleting")
        self._c = None
    fahrenheit = property(get_f, set_f, del_f, "Temperature in F")
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def kelvin(self):
        return self._c + 273.15
t = Temperature(100)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError", e)
del t.fahrenheit
print(t.celsius)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__, Temperature.kelvin.fset, Temperature.celsius.fget.__name__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return "%s created %d" % (cls.__name__, cls.count)
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def add(a, b):
        return a + b
class SubCounter(Counter):
    pass
Counter.make(2)
SubCounter.make(3)
print(Counter.created(), SubCounter.created(), Counter().created(), Counter.add(2, 3), Counter().add("a", "b"))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["make"]).__name__, Counter.__dict__["add"](1, 1))
sm = staticmethod(len)
print(sm("abcd") if callable(sm) else "not callable", type(sm).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Broken:
    @property
    def bad(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "fallback for " + name
print(Broken().bad, Broken().other)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel, p.__doc__)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None)
