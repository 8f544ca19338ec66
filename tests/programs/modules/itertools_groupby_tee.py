# groupby (groups share the underlying iterator) and tee (independent iterators, __copy__).
import itertools
from itertools import groupby, tee, count, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(iterable='aab', key=None)])

# Advancing the groupby invalidates the previous group.
groups = list(groupby('AAABBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('AAABBBC')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby('xxyz')
k, g = next(gb)
print(list(g), list(g))
print(next(gb)[0], next(gb)[0])
show(lambda: next(gb))
# A partially consumed group is skipped by the outer iterator.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))
print(type(g).__name__, type(g).__module__, iter(g) is g)

# groupby on an infinite iterator stays lazy
gb = groupby(count(), key=lambda x: x // 5)
print([(k, list(g)) for k, g in islice(gb, 3)])


# key called once per element
calls = []


def key(x):
    calls.append(x)
    return x % 2


print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)], calls)
show(lambda: groupby())
show(lambda: groupby(1))
show(lambda: groupby([1], None, 2))
show(lambda: groupby([1], keyfunc=len))
show(lambda: list(groupby([1, 2], key=len)))
show(lambda: list(groupby([1, 2], key=5)))


class Uncomparable:
    def __eq__(self, other):
        raise RuntimeError('no comparing')


show(lambda: list(groupby([Uncomparable(), Uncomparable()])))


class MyGroupBy(groupby):
    pass


print([(k, list(g)) for k, g in MyGroupBy('aab')])

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('abc'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('x', 0), len(tee('xy', 5)))
it = iter(range(5))
t1, t2 = tee(it)
print(next(t1), next(t1), next(it), list(t2))
t1, t2 = tee(count())
print([next(t1) for _ in range(3)], [next(t2) for _ in range(5)], next(t1))
print(type(t1).__name__, type(t1).__module__, iter(t1) is t1)
# tee of a tee object: copies rather than nesting
x, y = tee('abcd')
next(x)
p, q = tee(x)
print(type(p).__name__, list(p), list(q), list(y))
# __copy__ and copy.copy
u, = tee('hello', 1)
next(u)
v = u.__copy__()
w = v.__copy__()
print(list(u), list(v), list(w))
# laziness: tee pulls only what its fastest iterator needs


def noisy():
    for i in range(3):
        print('  yields', i)
        yield i


m, n = tee(noisy())
print('tee made')
print(next(m), next(m), next(n))
print(list(n), list(m))
# large run through the shared buffer
big1, big2 = tee(range(200))
print(sum(big1), sum(big2))
show(lambda: tee([1], -1))
show(lambda: tee())
show(lambda: tee(1))
show(lambda: tee([1], 'a'))
show(lambda: tee([1], 2, 3))
show(lambda: tee([1], n=2))
show(lambda: itertools._tee(5))
tt = itertools._tee([7, 8])
print(type(tt).__name__, list(tt))
