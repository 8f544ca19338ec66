# __prepare__ controls the namespace used to run the class body.

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.history = []
    def __setitem__(self, key, value):
        self.history.append(key)
        super().__setitem__(key, value)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = [k for k in ns.history if not k.startswith("__")]
        return cls

class Record(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    def middle(self):
        pass
    beta = 3
    alpha = 4

print(Record.field_order)
print(Record.alpha)

# A namespace that forbids redefinition
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)

class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()

try:
    class Broken(metaclass=Strict):
        def run(self): return 1
        def run(self): return 2
except TypeError as e:
    print(type(e).__name__, e)

# A namespace that supplies default values for unknown names
class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter

class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("__")}
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.members = members
        return cls

class Color(metaclass=EnumMeta):
    RED
    GREEN
    BLUE

print(Color.members, Color.GREEN)
