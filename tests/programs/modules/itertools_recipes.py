# The recipes of the itertools documentation, built from the module's pieces, plus subclasses
# and error propagation.
import collections
import math
import operator
from itertools import (accumulate, batched, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest, dropwhile)
import itertools


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterable):
    return chain([value], iterable)


def tabulate(function, start=0):
    return map(function, count(start))


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))


def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def quantify(iterable, predicate=bool):
    return sum(map(predicate, iterable))


def first_true(iterable, default=False, predicate=None):
    return next(filter(predicate, iterable), default)


def all_equal(iterable, key=None):
    return len(take(2, groupby(iterable, key))) <= 1


def unique_justseen(iterable, key=None):
    if key is None:
        return map(operator.itemgetter(0), groupby(iterable))
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)


def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    iterators = [iter(iterable)] * n
    match incomplete:
        case 'fill':
            return zip_longest(*iterators, fillvalue=fillvalue)
        case 'strict':
            return zip(*iterators, strict=True)
        case 'ignore':
            return zip(*iterators)
        case _:
            raise ValueError('Expected fill, strict, or ignore')


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)


def partition(predicate, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(predicate, t1), filter(predicate, t2)


def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)


def iter_index(iterable, value, start=0, stop=None):
    iterator = islice(iterable, start, stop)
    for i, element in enumerate(iterator, start):
        if element is value or element == value:
            yield i


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    return true_iterator(), chain(transition, it)


def sum_of_squares(iterable):
    return sum(map(operator.mul, *tee(iterable)))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded_signal = chain(repeat(0, n - 1), signal, repeat(0, n - 1))
    windowed_signal = sliding_window(padded_signal, n)
    return map(math.sumprod, repeat(kernel), windowed_signal)


def polynomial_from_roots(roots):
    factors = zip(repeat(1), map(operator.neg, roots))
    return list(__import__('functools').reduce(convolve, factors, [1])) if False else None


def sieve(n):
    if n > 2:
        yield 2
    data = bytearray((0, 1)) * (n // 2)
    for p in iter_index(data, 1, start=3, stop=int(n ** 0.5) + 1):
        data[p * p: n: p + p] = bytes(len(range(p * p, n, p + p)))
    yield from iter_index(data, 1, start=3)


def factor(n):
    for prime in sieve(int(n ** 0.5) + 1):
        while not n % prime:
            yield prime
            n //= prime
            if n == 1:
                return
    if n > 1:
        yield n


def running_mean(xs):
    return [t / i for i, t in enumerate(accumulate(xs), 1)]


print(take(3, prepend(0, count(1))), take(4, tabulate(lambda x: x * x)))
print(list(repeatfunc(pow, 3, 2, 5)), list(flatten([[1, 2], [3]])), list(ncycles('ab', 3)))
print(list(tail(3, range(10))))
it = iter(range(10))
consume(it, 4)
print(next(it), nth(range(10), 3), nth('ab', 5, 'none'), quantify([1, 0, 2, 0]))
print(first_true([0, '', 7, 8]), first_true([], 'd'), all_equal('aaa'), all_equal('aab'), all_equal([]))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('ValueError', e)
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(subslices('ABCD')))
print(list(iter_index('AABCADEAF', 'A')), list(iter_index('AABCADEAF', 'A', 1, 7)))
d = {1: 'a', 2: 'b'}
print(list(iter_except(d.popitem, KeyError)))
print(list(powerset([1, 2, 3])))
all_upper, remainder = before_and_after(str.isupper, 'ABCdEfGhI')
print(''.join(all_upper), ''.join(remainder))
print(sum_of_squares([10, 20, 30]), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(convolve([1, -1, -20], [1, -3])))
print(list(sieve(60)), list(factor(360)), list(factor(97)), list(factor(2 ** 16 + 1)))
print(running_mean([1, 2, 3, 4]))
print(list(batched(pairwise(range(7)), 2)))
print([''.join(p) for p in permutations('abc')][:4], [''.join(p) for p in product('01', repeat=3)])
print(take(5, compress(count(), cycle([1, 0, 0]))))
print(list(takewhile(lambda x: x < 10, accumulate(count(1)))), list(dropwhile(str.isspace, '  x y')))
print(list(accumulate(repeat(2, 5), operator.mul, initial=1)))
print(dict((k, len(list(g))) for k, g in groupby(sorted('mississippi'))))


# subclasses: their own attributes, __init__ taking keywords, __next__ overridden
class Numbered(count):
    def __init__(self, start=0, step=1):
        self.label = 'x'

    def __next__(self):
        return f'{self.label}{super().__next__()}'


nb = Numbered(5)
print(next(nb), next(nb), take(2, nb), [v for v, _ in zip(nb, range(2))], nb.label)


class Loud(chain):
    def __init__(self, *iterables, tag='?'):
        self.tag = tag


lc = Loud('ab', 'c', tag='!')
print(list(lc), lc.tag)


class Evens(filterfalse):
    pass


print(list(Evens(lambda x: x % 2, range(7))), type(Evens(None, [])).__mro__[1].__name__)


# exceptions from the input propagate, and chain moves on to nothing after a bad input
def failing():
    yield 1
    raise KeyError('boom')


for make in (lambda: chain(failing()), lambda: islice(failing(), 5), lambda: accumulate(failing()),
             lambda: zip_longest(failing(), 'abc'), lambda: batched(failing(), 3), lambda: pairwise(failing()),
             lambda: tee(failing())[0], lambda: (k for k, g in groupby(failing())), lambda: cycle(failing()),
             lambda: product(failing()), lambda: compress(failing(), count())):
    out = []
    try:
        for v in make():
            out.append(v)
    except KeyError as e:
        print('KeyError', e, out)


# tee refuses to be stepped from inside its own input
def reentrant():
    yield 1
    yield next(t_self)


t_self, t_other = tee(reentrant())
print(next(t_self))
try:
    next(t_self)
except RuntimeError as e:
    print('RuntimeError', e)


# StopIteration from a function inside is not swallowed as the end
def stopper(x):
    raise StopIteration


try:
    print(list(starmap(stopper, [(1,)])))
except StopIteration:
    print('StopIteration escaped')
except RuntimeError as e:
    print('RuntimeError', e)
print(type(itertools.chain.from_iterable).__name__, itertools.count.__name__, itertools.count.__module__, itertools.count.__qualname__)
print(repr(itertools.count), repr(itertools.tee), itertools.tee.__module__, itertools.__name__)
print(sorted(n for n in dir(itertools) if not n.startswith('_')))
