# functools: total_ordering, cmp_to_key, cached_property, singledispatch (by type, by
# annotation, unions, ABCs and MRO) and singledispatchmethod, with their error messages.
from functools import total_ordering, cmp_to_key, cached_property, singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable, Sized
from collections import OrderedDict, deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= Version(1, 2), sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__, Version.__le__.__doc__ is not None, max(a, b), min([b, a]))
attempt('compare int', lambda: a < 3)
attempt('compare int ge', lambda: a >= 3)


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __eq__(self, other):
        return self.v == other.v


print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(2), ByGe(1) > ByGe(1))


@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(ByGt(1) < ByGt(2), ByGt(2) >= ByGt(3), ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(2))


def none_defined():
    @total_ordering
    class Nothing:
        pass


attempt('no ordering', none_defined)

# cmp_to_key
def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
key = cmp_to_key(lambda a, b: a - b)
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= key(1), k1 >= k2, k1.obj, type(key).__name__)
print(type(k1).__hash__)
attempt('key compare other', lambda: k1 < 5)
print(sorted(['10', '9', '100'], key=cmp_to_key(lambda x, y: int(x) - int(y))))

# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__, Circle.area.__doc__, type(Circle.area).__name__, Circle.area.attrname)
del c.area
print(c.area, c.computed)
c.area = 100
print(c.area)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


attempt('slots', lambda: Slotted().value)
cp = cached_property(lambda self: 1)
attempt('no set_name', lambda: cp.__get__(Circle(1)))


def two_names():
    class Twice:
        shared = cached_property(lambda self: 1)
        other = shared


try:
    two_names()
except Exception as e:
    print(type(e).__name__, e)

# singledispatch
@singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register
def _(obj: int):
    return f'int {obj}'


@describe.register(float)
def _(obj):
    return f'float {obj}'


@describe.register
def _(obj: list | tuple):
    return f'sequence of {len(obj)}'


def describe_str(obj):
    return f'str {obj!r}'


describe.register(str, describe_str)


@describe.register(Mapping)
def _(obj):
    return f'mapping with {len(obj)} keys'


@describe.register(Sized)
def _(obj):
    return f'sized {len(obj)}'


print(describe(1), describe(True), describe(2.5), describe([1, 2]), describe((1,)), describe('s'), describe(None))
print(describe({'a': 1}), describe(OrderedDict()), describe(deque([1, 2, 3])), describe({1, 2}), describe(b'abc'))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe_str, describe.dispatch(object) is describe.__wrapped__)
print(sorted(t.__name__ for t in describe.registry), describe.__name__, type(describe.registry).__name__)
attempt('no args', lambda: describe())
attempt('bad register', lambda: describe.register(3, describe_str))


def no_annotation(x):
    return x


try:
    describe.register(no_annotation)
except TypeError as e:
    print(str(e).replace(repr(no_annotation), 'FUNC'))


def bad_annotation(x: 'not a class'):
    return x


def bad_annotation2(x: 5):
    return x


attempt('bad annotation', lambda: describe.register(bad_annotation2))


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@singledispatch
def sound(animal):
    return 'silence'


@sound.register
def _(animal: Animal):
    return 'generic animal'


@sound.register
def _(animal: Dog):
    return 'woof'


print(sound(Animal()), sound(Dog()), sound(Puppy()), sound(3))


class Both:
    pass


Sequence.register(Both)
Mapping.register(Both)


@singledispatch
def ambiguous(x):
    return 'base'


ambiguous.register(Sequence, lambda x: 'sequence')
ambiguous.register(Mapping, lambda x: 'mapping')
attempt('ambiguous', lambda: ambiguous(Both()))
print(ambiguous([1]), ambiguous({}))


class LateSeq:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


@singledispatch
def late(x):
    return 'plain'


late.register(Sequence, lambda x: 'sequence')
print(late(LateSeq()))
Sequence.register(LateSeq)
print(late(LateSeq()))

# singledispatchmethod
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f'Cannot negate {type(arg).__name__}')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(str)
    def _(self, arg):
        return arg[::-1]

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f'{cls.__name__}: other'

    @kind.register(int)
    @classmethod
    def _(cls, arg):
        return f'{cls.__name__}: int'


n = Negator()
print(n.neg(5), n.neg(True), n.neg('abc'), Negator.kind(1), Negator.kind('x'), n.kind(2.0), n.neg.__name__)
attempt('neg list', lambda: n.neg([1]))
attempt('neg none', lambda: Negator.neg(n))
