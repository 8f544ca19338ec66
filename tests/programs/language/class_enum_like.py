# An enum-like class built with a metaclass (no enum module).

class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __contains__(cls, item):
        return isinstance(item, cls)

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
    def __setattr__(self, key, value):
        if hasattr(self, "value"):
            raise AttributeError("enum members are read-only")
        object.__setattr__(self, key, value)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def mix(self, other):
        return f"{self.name.lower()}+{other.name.lower()}"

class Status(Enum):
    OK = "ok"
    FAIL = "fail"

print(list(Color), len(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.RED in Color, Status.OK in Color, Color.RED.mix(Color.BLUE))
print({c.name: c.value for c in Color}, [str(s) for s in Status])
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 10
except AttributeError as e:
    print(type(e).__name__, e)

def handle(status):
    match status:
        case Status.OK:
            return "all good"
        case Status.FAIL:
            return "broken"
print(handle(Status.OK), handle(Status("fail")))
print(sorted(Color, key=lambda c: -c.value))
