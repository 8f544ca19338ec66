# __class_getitem__ and generic aliases of builtins

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box["x"], Box[1, 2], type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub[str])

# instances don't use __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on the metaclass wins over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem " + repr(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[0])

# class without it
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__ = None
class Nope:
    __class_getitem__ = None
try:
    Nope[int]
except TypeError as e:
    print(type(e).__name__, e)

# built-in generic aliases
for alias in [list[int], dict[str, int], tuple[int, ...], tuple[()], set[frozenset[int]], type[int]]:
    print(repr(alias), alias.__origin__.__name__, alias.__args__)
ga = list[int]
print(type(ga).__name__, ga(), ga("ab"), ga == list[int], ga == list[str], ga != list)
print(list[int].__parameters__, hash(list[int]) == hash(list[int]))
print(isinstance(list[int], type), list[int].__name__ if hasattr(list[int], "__name__") else "no name")
print(repr(list[list[int]]), repr(dict[str, list[int]]))
print(repr(list[Box]))

try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)

class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__ if hasattr(MyList, "__orig_bases__") else None)
print(MyList([1, 2]))

# calling __class_getitem__ explicitly
print(list.__class_getitem__(int), Box.__class_getitem__("z"))
