# Subscripting container classes gives generic aliases (types.GenericAlias).
print(list[int], dict[str, int], set[float], frozenset[str], tuple[int, ...], type[int])
print(list[list[int]], dict[str, list[tuple[int, str]]], tuple[()], tuple[int])
a = list[int]
print(a.__origin__ is list, a.__args__, type(a).__name__, a.__parameters__)
print(a([1, 2]), type(a([1, 2])).__name__, a() == [])
print(dict[str, int](x=1), set[int]('ab') == {'a', 'b'})
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(isinstance([], list), dict[str, int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError', e)
print(repr(list[int]), str(dict[int, str]))
print(tuple[int, str].__args__, len(tuple[int, str].__args__))
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))
class MyList(list):
    pass
print(MyList[int], MyList[int]([3]), type(MyList[int]([3])).__name__)
print(list[int] | None, int | list[str])
print(hash(list[int]) == hash(list[int]))
print(range.__class_getitem__ if hasattr(range, '__class_getitem__') else 'range has no __class_getitem__')
try:
    range[int]
except TypeError as e:
    print('TypeError', e)
try:
    slice[int]
except TypeError as e:
    print('TypeError', e)
print(list[int].__name__ if hasattr(list[int], '__name__') else 'no name', list[int].__qualname__)
