# property with getter, setter, deleter; read-only properties; docstrings.

class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius
        self.log = []

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        self.log.append("get")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(f"set {value}")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(t.log)

try:
    t.fahrenheit = 50
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)

# property() called directly
class Account:
    def _get(self):
        return self._balance
    def _set(self, v):
        self._balance = round(v, 2)
    balance = property(_get, _set, None, "The balance.")
    def __init__(self):
        self._balance = 0

a = Account()
a.balance = 10.456
print(a.balance, Account.balance.__doc__)

# Properties are inherited and can be overridden
class Base:
    @property
    def kind(self):
        return "base"
class Derived(Base):
    @property
    def kind(self):
        return "derived/" + super().kind
print(Derived().kind)

# Property raising AttributeError inside getter
class Tricky:
    @property
    def missing(self):
        raise AttributeError("computed attribute unavailable")
print(hasattr(Tricky(), "missing"), getattr(Tricky(), "missing", "fallback"))

# instance dict can't shadow a property
t2 = Temperature(5)
t2.__dict__["celsius"] = "shadow"
print(t2.celsius)
