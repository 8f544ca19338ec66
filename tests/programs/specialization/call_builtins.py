# CALL_LEN, CALL_ISINSTANCE, CALL_TYPE_1, CALL_STR_1, CALL_TUPLE_1, CALL_LIST_APPEND,
# CALL_METHOD_DESCRIPTOR_*, CALL_BUILTIN_*, CALL_NON_PY_GENERAL: calls of built-in callables,
# cached with the callable itself. Warm up, then shadow or swap what is called.
WARM = 200


def length(x):
    return len(x)


def isint(x, cls):
    return isinstance(x, cls)


def kind(x):
    return type(x)


def to_str(x):
    return str(x)


def to_tuple(x):
    return tuple(x)


for i in range(WARM):
    length([i])
    isint(i, int)
    kind(i)
    to_str(i)
    to_tuple([i])


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


print(length('abc'), length(Sized()), length({1: 2}), length(range(10)))
for bad in (5, BadLen(), None):
    try:
        length(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
len = lambda x: 'shadowed len'
print(length([1]))
del len
print(length([1, 2]))


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42


class Odd(metaclass=Meta):
    pass


print(isint(42, Odd), isint(1, Odd), isint(True, int), isint(1, (str, int)), isint(1, str | int))
try:
    isint(1, 2)
except TypeError as e:
    print('TypeError:', e)
isinstance = lambda a, b: 'shadowed isinstance'
print(isint(1, int))
del isinstance
print(isint(1, int))

print(kind('a'), kind(True), kind(type), kind(None))
type = lambda x: 'shadowed type'
print(kind(1))
del type


# str(x): the same object for a str; __str__ may return a str subclass instance.
class SubStr(str):
    pass


class StrSub:
    def __str__(self):
        return SubStr('from __str__')


class BadStr:
    def __str__(self):
        return 5


s = 'text'
print(to_str(s) is s, to_str(SubStr('x')), type(to_str(SubStr('x'))).__name__, to_str(b'x'), to_str(None))
print(type(to_str(StrSub())).__name__, to_str(StrSub()))
try:
    to_str(BadStr())
except TypeError as e:
    print('TypeError:', e)


# tuple(x): the same object for a tuple; an exact tuple for a subclass.
class SubTuple(tuple):
    pass


t = (1, 2)
print(to_tuple(t) is t, type(to_tuple(SubTuple((1, 2)))).__name__, to_tuple(x for x in 'ab'), to_tuple({'k': 1}))
try:
    to_tuple(5)
except TypeError as e:
    print('TypeError:', e)
tuple = list
print(to_tuple('ab'))
del tuple


# list.append as a statement: list subclasses, other types, a borrowed method descriptor.
def append(l, x):
    l.append(x)
    return l


for i in range(WARM):
    append([], i)


class Wrapping(list):
    def append(self, x):
        super().append(('wrapped', x))


class PlainSub(list):
    pass


class NotAList:
    append = list.append


print(append(Wrapping(), 1), append(PlainSub(), 2), type(append(PlainSub(), 3)).__name__)
class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(('Appender', x))


print(append(Appender(), 4).items, append(bytearray(), 65))
try:
    append(NotAList(), 1)
except TypeError as e:
    print('TypeError:', e)


# Method descriptors with no, one and several arguments.
def upper(s):
    return s.upper()


def count(s, sub):
    return s.count(sub)


def replace(s, a, b):
    return s.replace(a, b)


for _ in range(WARM):
    upper('abc')
    count('abc', 'a')
    replace('abc', 'a', 'b')


class Borrowed:
    upper = str.upper
    count = str.count
    replace = str.replace


class Own:
    def upper(self):
        return 'Own.upper'

    def count(self, sub):
        return 'Own.count'

    def replace(self, a, b):
        return 'Own.replace'


print(upper('xyz'), upper(b'abc'), upper(SubStr('sub')), upper(Own()))
print(count('banana', 'a'), count([1, 1, 2], 1), count(Own(), 'x'))
print(replace('aaa', 'a', 'b'), replace(b'aaa', b'a', b'c'), replace(Own(), 1, 2))
for f, args in ((upper, ()), (count, ('x',)), (replace, ('a', 'b'))):
    try:
        f(Borrowed(), *args)
    except TypeError as e:
        print('TypeError:', e)
try:
    count('abc', 1)
except TypeError as e:
    print('TypeError:', e)


# Built-in functions and classes.
def one(f, x):
    return f(x)


def two(f, x, y):
    return f(x, y)


for i in range(WARM):
    one(abs, -i)
    two(max, i, 1)
    one(int, '7')
print(one(abs, -2.5), one(len, 'abc'), one(repr, 'q'), one(ord, 'a'), one(abs, True))
print(one(float, '1.5'), one(list, 'ab'), one(set, [1]), one(int, 2.9), one(bool, []), one(dict, [(1, 2)]))
print(two(divmod, 7, 2), two(pow, 2, 10), two(int, '11', 2), two(range, 1, 4), two(lambda a, b: a + b, 1, 2))


class MyInt(int):
    pass


print(one(MyInt, '3'), one(frozenset, [(1, 2)]), one(print, 'printed'))
for f, x in ((abs, 'x'), (int, 'x'), (divmod, 1), (ord, 'ab')):
    try:
        one(f, x)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
abs = lambda x: 'shadowed abs'
print(one(abs, -1))
del abs
