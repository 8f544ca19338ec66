# FOR_ITER_{LIST,TUPLE,RANGE}: loops over list, tuple and range iterators. Lists mutated during
# the loop, exhausted iterators, iterators reset with __setstate__, generators and other
# iterables at warmed loops, exceptions from inside the loop body.
WARM = 200


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


for i in range(WARM):
    collect([1, 2])
    collect((3, 4))
    collect(range(3))
print(collect(x * 2 for x in range(3)), collect('ab'), collect({1: 2}), collect(iter([7])), collect({5}))
print(collect(range(10, 0, -3)), collect(range(2 ** 62, 2 ** 62 + 2)), collect(range(2 ** 53 - 1, 2 ** 53 + 2)))
print(collect(range(-5, -2 ** 70, -2 ** 68)), collect(range(0)), collect(range(5, 1)))


def mutate(lst):
    out = []
    for x in lst:
        out.append(x)
        if x == 1:
            lst.append(99)
        if x == 2:
            lst.remove(2)
        if len(out) > 10:
            break
    return out


for _ in range(WARM):
    mutate([5, 6])
print(mutate([1, 2, 3, 4]))


def clear_during(lst):
    out = []
    for x in lst:
        out.append(x)
        lst.clear()
    return out


def extend_during(lst):
    out = []
    for x in lst:
        out.append(x)
        if len(lst) < 6:
            lst.extend([x + 10])
    return out


def replace_during(lst):
    out = []
    for x in lst:
        out.append(x)
        lst[:] = ['replaced'] * 3
    return out


for _ in range(WARM):
    clear_during([1])
    extend_during([1])
print(clear_during([1, 2, 3]), extend_during([1, 2]), replace_during([1, 2, 3, 4, 5]))

# Exhausted iterators stay exhausted, even when the list grows.
lst = [1, 2]
it = iter(lst)
print(collect(it), collect(it))
lst.append(3)
print(collect(it))
t_it = iter((1, 2))
r_it = iter(range(3))
print(collect(t_it), collect(t_it), collect(r_it), collect(r_it))

# Partly consumed iterators, and __setstate__.
lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
print(collect(it))
it = iter(lst)
next(it)
next(it)
it.__setstate__(0)
print(collect(it))
for start in (-5, 10, 1):
    it = iter(lst)
    it.__setstate__(start)
    print(collect(it))
it = iter((5, 6, 7))
next(it)
it.__setstate__(0)
print(collect(it))
it = iter(range(5))
next(it)
it.__setstate__(3)
print(collect(it))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(it.__length_hint__(), collect(it))
print(collect(reversed([1, 2, 3])), collect(reversed((1, 2))), collect(reversed(range(3))))


class MyList(list):
    def __iter__(self):
        return iter(['MyList.__iter__'])


class PlainList(list):
    pass


print(collect(MyList([1, 2])), collect(PlainList([1, 2])))


def gen(n):
    for i in range(n):
        yield i * i


def consume(n):
    return collect(gen(n))


for _ in range(WARM):
    consume(3)
print(consume(5))
g = gen(3)
next(g)
print(collect(g))


def broken():
    yield 1
    raise ValueError('inside the generator')


try:
    collect(broken())
except ValueError as e:
    print('ValueError:', e)


def with_else(seq):
    for x in seq:
        if x < 0:
            break
    else:
        return 'no break'
    return 'broke'


for _ in range(WARM):
    with_else([1])
print(with_else([1, -1]), with_else(()), with_else(range(-1, 2)), with_else(iter([3])))


def divide_all(values):
    out = []
    for v in values:
        out.append(10 // v)
    return out


for _ in range(WARM):
    divide_all([1, 2, 5])
try:
    divide_all([1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(divide_all((5,)))
divide_all(range(-1, 1))
