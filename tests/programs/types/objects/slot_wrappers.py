# Special methods of built-in types are slot wrappers that bind to method-wrappers; other
# methods are method descriptors that bind to built-in methods.
import types

print(int.__add__, object.__init__, str.__len__, type.__call__)
print(list.__getitem__, dict.__getitem__, set.__contains__, dict.__contains__)
print(str.join, list.append, int.__format__, float.__round__)

bound = (1).__add__
print(type(bound).__name__, bound.__name__, bound.__qualname__, bound.__self__, bound.__objclass__)
print(type(int.__add__).__name__, type(str.join).__name__, type("x".join).__name__)
print(int.__add__(1, 2), (5).__add__(3), (5).__add__("x"), str.__len__("abcd"))
print((1).__add__ == (1).__add__, [].__len__ == [].__len__, hash((7).__mul__) == hash((7).__mul__))
print(isinstance(int.__add__, types.WrapperDescriptorType), isinstance(bound, types.MethodWrapperType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(list.__getitem__, types.MethodDescriptorType))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(int.__add__.__get__(4)(5), int.__add__.__get__(None, int) is int.__add__)

for call in [
    lambda: int.__add__(),
    lambda: int.__add__("a", 1),
    lambda: list.append(),
    lambda: list.append(1, 2),
    lambda: list.__getitem__(),
    lambda: object.__init__.__get__(1)(2),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x):
        self.x = x


print(Point.__repr__, Point.__init__.__name__, Point.__eq__, Point.__hash__)
print(Point(1).__repr__.__name__, type(Point(1).__str__).__name__, type(Point(1).__init__).__name__)
print([(k, type(vars(int)[k]).__name__) for k in ("__add__", "__neg__", "__index__", "__format__", "__round__", "__trunc__")])
print(sorted(k for k, v in vars(list).items() if type(v).__name__ == "method_descriptor" and k.startswith("__")))
