# TO_BOOL_{BOOL,INT,LIST,NONE,STR,ALWAYS_TRUE}: truth tests specialized for one kind of value.
# TO_BOOL_ALWAYS_TRUE trusts that the class has neither __bool__ nor __len__: add them later,
# on the class or a base class, or change the object's class.
WARM = 200


def truth(v):
    return 'T' if v else 'F'


def f_not(v):
    return not v


def f_while(v):
    n = 0
    while v and n < 3:
        n += 1
    return n


def f_and(a, b):
    return a and b


class Plain:
    pass


class WithLen:
    def __len__(self):
        return 0


p = Plain()
for i in range(WARM):
    truth(p)
    truth(i)
    truth('')
    truth([])
    truth(None)
    truth(True)
    f_not(None)
    f_while([])
    f_and(1, 2)

values = [0, 1, -1, 2 ** 70, 0.0, -0.0, float('nan'), '', 'a', '\0', [], [0], (), (0,), {}, {0: 0},
          set(), frozenset({1}), None, False, True, Plain(), WithLen(), 0j, b'', bytearray(1), range(0), 1e-300]
print(''.join(truth(v) for v in values))

Plain.__bool__ = lambda self: False
print('__bool__ added:', truth(p))
del Plain.__bool__
print('__bool__ removed:', truth(p))
Plain.__len__ = lambda self: 0
print('__len__ added:', truth(p))
Plain.__len__ = lambda self: 5
print('__len__ changed:', truth(p))
Plain.__len__ = lambda self: -1
try:
    truth(p)
except ValueError as e:
    print('ValueError:', e)
Plain.__len__ = lambda self: 2 ** 100
try:
    truth(p)
except OverflowError as e:
    print('OverflowError:', e)
del Plain.__len__


class Base:
    pass


class Derived(Base):
    pass


d = Derived()
for _ in range(WARM):
    truth(d)
Base.__bool__ = lambda self: False
print('__bool__ on base:', truth(d))
Base.__bool__ = lambda self: 1
try:
    truth(d)
except TypeError as e:
    print('TypeError:', e)
del Base.__bool__
print(truth(d))
d.__class__ = WithLen
print('__class__ changed:', truth(d))


class SubList(list):
    def __len__(self):
        return 0


class SubStr(str):
    def __bool__(self):
        return False


class SubInt(int):
    def __bool__(self):
        return True


print(truth(SubList([1])), truth(SubStr('abc')), truth(SubInt(0)), truth(str('')))
print(f_not([]), f_not(''), f_not(Plain()), f_not(WithLen()), f_not(0.0), f_not(SubInt(0)))
print(f_while(1), f_while(WithLen()), f_while('x'), f_while(Plain()))
print(f_and('', 1), f_and([1], 0.0), f_and(Plain(), 'last'), type(f_and(WithLen(), 'unused')).__name__)


class Boom:
    def __bool__(self):
        raise RuntimeError('bool boom')


for f in (truth, f_not, f_while):
    try:
        f(Boom())
    except RuntimeError as e:
        print('RuntimeError:', e)
