# isinstance/issubclass with union types and abstract-ish checks
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | float), issubclass(str, int | float), isinstance([], list | tuple | dict))
u = int | str
print(u, type(u).__name__, u == (str | int), int | None, list[int], dict[str, list[int]], tuple[int, ...])
print(isinstance(3, (int, str)), isinstance(3, ((float, (complex, int)),)), isinstance(3, ()))
print(type(3) in (int, float), type(True) in (int, float), type(True) is int, type(True) == bool)
values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, 2j, range(1), len, int, object()]
names = []
for v in values:
    kinds = []
    for t in (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None), bool, range, type, object):
        if isinstance(v, t):
            kinds.append(t.__name__)
    names.append(kinds)
for v, k in zip(values, names):
    print(type(v).__name__, k)
print(issubclass(int, object), issubclass(object, int), issubclass(type, type), issubclass(bool, bool), issubclass(float, int))
print(int.__subclasses__()[:1] if False else [c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"][:1])
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=Meta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even))
