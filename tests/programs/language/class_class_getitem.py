# __class_getitem__ and generic-alias-like behaviour.

class Box:
    def __class_getitem__(cls, item):
        if isinstance(item, tuple):
            inner = ", ".join(getattr(i, "__name__", repr(i)) for i in item)
        else:
            inner = getattr(item, "__name__", repr(item))
        return f"{cls.__name__}[{inner}]"
    def __init__(self, value):
        self.value = value

print(Box[int])
print(Box[str, float])
print(Box["T"])
print(Box[Box])
print(Box(3).value)

# Instances don't get __class_getitem__
try:
    Box(1)[int]
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__ is inherited, and cls is the subclass
class Crate(Box):
    pass
print(Crate[bytes])

# Built-in generics
alias = list[int]
print(alias, alias.__origin__, alias.__args__)
print(dict[str, list[int]])
print(tuple[int, ...])
print(type[object])
print(list[int]([1, 2]), type(list[int]()).__name__)

# Metaclass __getitem__ takes precedence
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item!r})"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[1])

# A typed registry using __class_getitem__ for caching specialised subclasses
class TypedList(list):
    _cache = {}
    def __class_getitem__(cls, kind):
        if kind not in cls._cache:
            def append(self, x):
                if not isinstance(x, kind):
                    raise TypeError(f"expected {kind.__name__}, got {type(x).__name__}")
                list.append(self, x)
            cls._cache[kind] = type(f"TypedList_{kind.__name__}", (cls,), {"append": append})
        return cls._cache[kind]

IntList = TypedList[int]
print(IntList.__name__, TypedList[int] is IntList)
xs = IntList()
xs.append(1)
xs.append(2)
try:
    xs.append("three")
except TypeError as e:
    print(type(e).__name__, e)
print(xs)
