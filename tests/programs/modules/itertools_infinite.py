# itertools.count, cycle and repeat: values, reprs, laziness, argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# count
c = count()
print(repr(c), next(c), next(c), repr(c))
print(list(islice(count(5), 4)), repr(count(5)))
print(list(islice(count(10, -3), 5)), repr(count(10, -3)))
print(list(islice(count(1.5, 0.25), 4)), repr(count(1.5, 0.25)))
print(repr(count(2, 1.0)), repr(count(0.0)), repr(count(step=2)), repr(count(start=3, step=1)))
print(list(islice(count(2 ** 63 - 2), 4)))
print(repr(count(2 ** 70, 2 ** 65)))
big = count(9007199254740990)
print([next(big) for _ in range(5)])
print(list(islice(count(1 + 2j, 1j), 3)), repr(count(1j)))
print(list(islice(count(True), 3)), repr(count(True, False)))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return f'Num({self.v})'


print(list(islice(count(Num(1), Num(10)), 4)), repr(count(Num(2))), list(islice(count(Num(5)), 2)))
c = count(3)
print(iter(c) is c, type(c).__name__, type(c).__module__)
show(lambda: count('a'))
show(lambda: count(1, 'x'))
show(lambda: count([]))
show(lambda: count(1, 2, 3))
show(lambda: count(1, stop=3))
show(lambda: count(start=1, start2=3))
show(lambda: count(1, start=3))
print(list(zip(count(), 'abc')))
print(list(zip('xyz', count(1, 2))))


class MyCount(count):
    pass


mc = MyCount(7, 2)
print(repr(mc), next(mc), next(mc), repr(mc), isinstance(mc, count))

# cycle
cy = cycle('abc')
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))
print(list(islice(cycle(iter([1, 2, 3])), 7)))


def gen():
    print('gen started')
    yield 1
    yield 2


g = cycle(gen())
print('cycle made')
print([next(g) for _ in range(5)])
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([1], [2]))
show(lambda: cycle(iterable=[1]))
print(type(cy).__name__)

# repeat
print(list(repeat('a', 3)), repr(repeat('a', 3)), repr(repeat('a')))
print(list(repeat(None, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
r = repeat([1], 4)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r))
print(list(r), r.__length_hint__(), repr(r))
show(lambda: repeat(1).__length_hint__())
print(list(islice(repeat('x'), 3)))
print(list(repeat(times=2, object='o')), repr(repeat(object=5)))
print(list(map(pow, range(5), repeat(2))))
show(lambda: repeat())
show(lambda: repeat(1, 'a'))
show(lambda: repeat(1, 2.0))
show(lambda: repeat(1, 2, 3))
show(lambda: repeat(1, times=2, x=3))
show(lambda: repeat(1, 2, times=3))
show(lambda: repeat(1, 2 ** 70))
print(repr(repeat(repeat(1, 2), 2)))
import operator
print(operator.length_hint(repeat(1, 10)), operator.length_hint(repeat(1), 42))
show(lambda: operator.length_hint(repeat(1)))


class MyRepeat(repeat):
    pass


print(repr(MyRepeat('z', 2)), list(MyRepeat('z', 2)))
