# accumulate, batched, chain, compress, dropwhile, filterfalse, islice, pairwise, starmap,
# takewhile and zip_longest: values, laziness and argument errors.
import itertools
import operator
from itertools import (accumulate, batched, chain, compress, dropwhile, filterfalse, islice,
                       pairwise, starmap, takewhile, zip_longest, count)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate(['a', 'b'], lambda x, y: y + x)))
print(list(accumulate([1, 2, 3], func=None, initial=None)))
print(list(accumulate(iterable=[1.5, 2.5], func=operator.sub)))
show(lambda: list(accumulate([1, 'a'])))
show(lambda: accumulate())
show(lambda: accumulate(5))
show(lambda: accumulate([1], None, 3))
show(lambda: accumulate([1], bogus=3))
show(lambda: list(accumulate([1, 2], 5)))

# batched
print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)), list(batched('ab', 5)))
print(list(batched('ABCDEF', n=3, strict=True)))
show(lambda: list(batched('ABCDEFG', 3, strict=True)))
show(lambda: batched('abc', 0))
show(lambda: batched('abc', -1))
show(lambda: batched('abc'))
show(lambda: batched('abc', 'x'))
show(lambda: batched('abc', 2.0))
show(lambda: batched(1, 2))
show(lambda: batched('abc', 2, True))
b = batched(count(), 3)
print(next(b), next(b), type(b).__name__)

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
ch = chain([1], 5)
print(next(ch))
show(lambda: next(ch))
show(lambda: chain(x=1))
show(lambda: list(chain.from_iterable([1])))
show(lambda: chain.from_iterable(5))
show(lambda: chain.from_iterable())
print(chain[int])
print(list(islice(chain.from_iterable(repeat_ for repeat_ in itertools.repeat('xy')), 5)))


class MyChain(chain):
    pass


print(type(MyChain('a', 'b')).__name__, list(MyChain('a', 'b')), type(MyChain.from_iterable(['z'])).__name__)

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1])), list(compress('AB', count())))
print(list(compress(data=range(5), selectors=[0, 1, 1])))
show(lambda: compress('a'))
show(lambda: compress('a', 1))
show(lambda: compress(1, 'a'))
show(lambda: compress('a', [1], 3))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
it = iter([1, 2, 3, 10, 4])
tw = takewhile(lambda x: x < 3, it)
print(list(tw), list(it))
show(lambda: dropwhile(bool))
show(lambda: takewhile(bool, 1))
show(lambda: takewhile(predicate=bool, iterable=[]))
show(lambda: list(dropwhile(5, [1])))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
show(lambda: filterfalse(None))
show(lambda: filterfalse(None, 3))

# islice
s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, 100, 3)), list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 5)), list(islice(range(10), 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))


class Idx:
    def __index__(self):
        return 3


print(list(islice(s, Idx())), list(islice(s, True, Idx())))
show(lambda: islice(s, -1))
show(lambda: islice(s, 'a'))
show(lambda: islice(s, 1.0))
show(lambda: islice(s, -1, 3))
show(lambda: islice(s, 'a', 3))
show(lambda: islice(s, 1, -3))
show(lambda: islice(s, 0, 3, 0))
show(lambda: islice(s, 0, 3, -1))
show(lambda: islice(s, 0, 3, 'x'))
show(lambda: islice(s))
show(lambda: islice())
show(lambda: islice(s, 1, 2, 3, 4))
show(lambda: islice(s, stop=3))
show(lambda: islice(3, 3))
show(lambda: islice(s, 2 ** 70))
print(list(islice(s, 2, 2 ** 70 if False else 2 ** 62)))

# pairwise
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(islice(pairwise(count()), 3)))
show(lambda: pairwise())
show(lambda: pairwise(1))
show(lambda: pairwise([1], [2]))
show(lambda: pairwise(iterable=[1]))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', 'c', ''])))
show(lambda: list(starmap(pow, [1])))
show(lambda: starmap(pow))
show(lambda: list(starmap(5, [()])))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], (9,))), list(zip_longest()), list(zip_longest('ab')))
print(list(zip_longest([], [], fillvalue=0)), list(zip_longest('a', fillvalue=None)))
show(lambda: zip_longest(1))
show(lambda: zip_longest([1], bogus=1))
show(lambda: zip_longest([1], fillvalue=1, other=2))
z = zip_longest(iter([1]), count())
print(next(z), next(z), next(z))


# laziness: nothing is consumed before it is needed
def noisy(name, n):
    for i in range(n):
        print(f'  {name} yields {i}')
        yield i


print('--- lazy')
for name, make in [
    ('accumulate', lambda: accumulate(noisy('a', 3))),
    ('batched', lambda: batched(noisy('b', 3), 2)),
    ('chain', lambda: chain(noisy('c1', 2), noisy('c2', 1))),
    ('compress', lambda: compress(noisy('d', 3), noisy('s', 3))),
    ('dropwhile', lambda: dropwhile(lambda x: x < 1, noisy('dw', 3))),
    ('takewhile', lambda: takewhile(lambda x: x < 1, noisy('tw', 3))),
    ('islice', lambda: islice(noisy('is', 5), 1, 4, 2)),
    ('pairwise', lambda: pairwise(noisy('pw', 3))),
    ('starmap', lambda: starmap(operator.neg, ((x,) for x in noisy('sm', 2)))),
    ('zip_longest', lambda: zip_longest(noisy('z1', 2), noisy('z2', 1))),
]:
    obj = make()
    print(name, 'made')
    print(name, list(obj))

# exhausted iterators stay exhausted
for obj in [chain('a'), islice('ab', 1), pairwise('ab'), zip_longest('a'), batched('ab', 1)]:
    list(obj)
    print(type(obj).__name__, list(obj))
