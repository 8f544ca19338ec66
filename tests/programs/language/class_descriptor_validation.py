# A small validation framework built on descriptors.

class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass

class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{value!r} not one of {sorted(self.options)}")

class Number(Validator):
    def __init__(self, minimum=None, maximum=None):
        self.minimum, self.maximum = minimum, maximum
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public}: expected a number, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public}: {value} is less than {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.public}: {value} is greater than {self.maximum}")

class String(Validator):
    def __init__(self, minsize=0, predicate=None):
        self.minsize, self.predicate = minsize, predicate
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public}: expected a str")
        if len(value) < self.minsize:
            raise ValueError(f"{self.public}: {value!r} shorter than {self.minsize}")
        if self.predicate and not self.predicate(value):
            raise ValueError(f"{self.public}: predicate {self.predicate.__name__} failed for {value!r}")

class Component:
    name = String(minsize=2, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minimum=0, maximum=1000)
    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity
    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity!r})"

print(Component("WIDGET", "metal", 5))
attempts = [
    ("Widget", "metal", 5),
    ("W", "metal", 5),
    ("WIDGET", "metle", 5),
    ("WIDGET", "metal", -5),
    ("WIDGET", "metal", 5000),
    ("WIDGET", "metal", "five"),
    (42, "wood", 1),
]
for args in attempts:
    try:
        print(Component(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

c = Component("BOLT", "wood", 10)
c.quantity += 5
print(c, sorted(vars(c)))
print(type(Component.kind).__name__, Component.quantity.minimum)
