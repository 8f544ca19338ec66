# The operator module's functions: arithmetic, comparisons, in-place forms, sequences, the
# dunder aliases, index, length_hint, call.
import operator
from operator import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(add(1, 2), sub(5, 7), mul(3, 4), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(add('a', 'b'), mul('ab', 3), mod('%d!', 5), neg(3), pos(-3), abs(-4.5), inv(5), invert(0))
print(lshift(1, 10), rshift(1024, 3), and_(12, 10), or_(12, 10), xor(12, 10))
print(and_({1, 2}, {2, 3}), or_({1}, {2}), xor(True, False), and_(True, True))
print(add(2 ** 70, 1), neg(2 ** 70), mul(1.5, 2), truediv(1, 4), floordiv(-7.5, 2), pow(2, -1))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne('a', 'a'), ge(1, 2), gt(3, 2))
print(lt([1, 2], [1, 3]), eq((1,), [1]), gt('b', 'a'), lt({1}, {1, 2}))
show(lambda: lt(1, 'a'))
show(lambda: add(1, 'a'))
show(lambda: sub('a', 'b'))
show(lambda: neg('a'))
show(lambda: inv(1.5))
show(lambda: abs('x'))
show(lambda: truediv(1, 0))
show(lambda: mod(1, 0))
show(lambda: pow(0, -1))
show(lambda: matmul(1, 2))
show(lambda: add(1))
show(lambda: add(1, 2, 3))
show(lambda: add(a=1, b=2))
show(lambda: neg())
show(lambda: pow(2, 3, 5))
show(lambda: operator.not_(1, 2))


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v)

    def __imatmul__(self, other):
        self.v += other.v
        return self

    def __repr__(self):
        return f'M({self.v})'

    def __eq__(self, other):
        return 'eq-called'

    def __lt__(self, other):
        return [1]


print(matmul(M(2), M(3)), imatmul(M(2), M(3)), eq(M(1), 0), lt(M(1), 0), ne(M(1), 2))
print(not_(0), not_([1]), truth([]), truth('x'), not_(M(1)))
x = [1]
print(is_(x, x), is_(x, [1]), is_not(x, [1]), is_not(None, None), is_(None, None))

# in-place family: mutable targets are changed, immutable ones rebound
lst = [1, 2]
r = iadd(lst, [3])
print(r, lst, r is lst)
lst = [1]
print(imul(lst, 3), lst)
s = {1, 2, 3}
print(iand(s, {2, 3, 4}), s, ior(s, {9}), s, ixor(s, {2}), s, isub(s, {9}), s)
print(iadd(1, 2), isub(5, 1), imul(2, 3), itruediv(1, 2), ifloordiv(7, 2), imod(7, 4), ipow(3, 3))
print(ilshift(1, 3), irshift(16, 2), iand(6, 3), ior(6, 3), ixor(6, 3), iadd('a', 'b'), iadd((1,), (2,)))
show(lambda: iadd(1, 'a'))
show(lambda: ipow('a', 2))
show(lambda: imatmul(1, 2))
show(lambda: ilshift([], 1))


class OnlyAdd:
    def __add__(self, other):
        return 'add'


print(iadd(OnlyAdd(), 1))

# sequences
print(concat([1], [2]), concat('a', 'b'), concat((1,), (2, 3)), concat(b'x', b'y'))
lst = [1]
r = iconcat(lst, [2, 3])
print(r, lst, r is lst, iconcat('a', 'b'), iconcat((1,), (2,)))
show(lambda: concat(1, 2))
show(lambda: concat([1], (2,)))
show(lambda: concat('a', 1))
show(lambda: iconcat(1, 2))
show(lambda: iconcat([1], 5))
show(lambda: concat({1: 2}, {3: 4}))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError

    def __add__(self, other):
        return 'Seq.__add__'


print(concat(Seq(), [1]), iconcat(Seq(), 'x'))
show(lambda: concat(Seq(), 5))
show(lambda: concat(OnlyAdd(), [1]))

print(contains([1, 2], 2), contains('abc', 'bc'), contains({'k': 1}, 'k'), contains(Seq(), 20))
show(lambda: contains(1, 1))
print(countOf([1, 2, 1, 1], 1), countOf('banana', 'a'), countOf([float('nan')] * 2, float('nan')))
nan = float('nan')
print(countOf([nan, nan], nan), countOf(iter([1, 1.0, True]), 1), countOf(Seq(), 10))
print(indexOf([5, 6, 7], 7), indexOf('abc', 'b'), indexOf(iter([3, 4]), 4), indexOf([nan], nan))
show(lambda: indexOf([1, 2], 3))
show(lambda: countOf(5, 1))
show(lambda: indexOf(5, 1))

d = {'a': 1}
print(getitem(d, 'a'), getitem([1, 2, 3], -1), getitem('hello', slice(1, 3)), getitem(range(10), 4))
print(setitem(d, 'b', 2), d, delitem(d, 'a'), d)
lst = [1, 2, 3, 4]
setitem(lst, slice(0, 2), ['x'])
delitem(lst, -1)
print(lst)
show(lambda: getitem(d, 'zz'))
show(lambda: getitem(5, 1))
show(lambda: setitem((1,), 0, 1))
show(lambda: delitem('abc', 0))
show(lambda: getitem([1], 5))

# index
print(index(5), index(True), index(2 ** 80))


class I:
    def __index__(self):
        return 7


print(index(I()))
show(lambda: index(1.5))
show(lambda: index('3'))

# length_hint
print(length_hint([1, 2, 3]), length_hint(iter([1, 2, 3])), length_hint(iter(range(10))), length_hint(5), length_hint(5, 9))
print(length_hint(x for x in 'ab'), length_hint(reversed([1, 2])), length_hint({1: 2}.keys()), length_hint(iter({1, 2})))


class Hint:
    def __init__(self, h):
        self.h = h

    def __length_hint__(self):
        return self.h


class Len:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


class BadLen:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 3


print(length_hint(Hint(12)), length_hint(Hint(NotImplemented), 5), length_hint(Len()), length_hint(BadLen()))
show(lambda: length_hint(Hint(-1)))
show(lambda: length_hint(Hint('x')))
show(lambda: length_hint(Hint(1.0)))
show(lambda: length_hint([], 'x'))
show(lambda: length_hint([], -1))
show(lambda: length_hint())
show(lambda: length_hint([], default=3))

# call
print(call(max, 3, 9, 2), call(sorted, [3, 1], reverse=True), call(dict, a=1))
show(lambda: call())
show(lambda: call(5))

# the dunder aliases are the same functions
names = ['abs', 'add', 'and', 'call', 'concat', 'contains', 'delitem', 'eq', 'floordiv', 'ge', 'getitem',
         'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'inv',
         'invert', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod',
         'mul', 'ne', 'neg', 'not', 'or', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'xor']
for n in names:
    plain = getattr(operator, n if hasattr(operator, n) and n not in ('and', 'or', 'not') else n + '_')
    if getattr(operator, f'__{n}__') is not plain:
        print('not the same:', n)
print(operator.__add__(1, 2), operator.__not__(0), operator.__inv__(0), operator.__concat__('a', 'b'))
print(operator.add, operator.__lt__, operator.not_.__name__, operator.itemgetter, operator.add.__module__)
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print([n for n in operator.__all__ if not callable(getattr(operator, n))])
print(operator.__name__, operator._abs(-3))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
total = 0
for k in range(10):
    total = operator.iadd(total, k)
print(total, sorted(['b', 'C', 'a'], key=operator.methodcaller('lower')))
