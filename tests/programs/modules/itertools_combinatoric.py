# product, permutations, combinations and combinations_with_replacement.
import itertools
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# product
print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')))
print(list(product(iter('ab'), (x for x in [1, 2]))))
p = product('abc', repeat=2)
print(next(p), next(p), type(p).__name__)
show(lambda: product('a', repeat=-1))
show(lambda: product('a', repeat='x'))
show(lambda: product('a', times=2))
show(lambda: product(1))
show(lambda: product('a', repeat=2, x=1))
print(sum(1 for _ in product(range(10), repeat=4)))

# permutations
print(list(permutations('ABC')))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3), 0)), list(permutations(range(3), 4)), list(permutations([])))
print(list(permutations([1, 1, 2], 2)), list(permutations('ab', r=None)))
print(list(permutations(iterable='xy', r=1)))
show(lambda: permutations('abc', -1))
show(lambda: permutations('abc', 'x'))
show(lambda: permutations('abc', 1.0))
show(lambda: permutations())
show(lambda: permutations(1))
show(lambda: permutations('a', 1, 2))
show(lambda: permutations('a', s=1))
print(sum(1 for _ in permutations(range(7))))

# combinations
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations(range(4), 0)), list(combinations(range(4), 5)))
print(list(combinations([], 0)), list(combinations(iterable='abc', r=3)))
show(lambda: combinations('abc'))
show(lambda: combinations('abc', -2))
show(lambda: combinations('abc', None))
show(lambda: combinations(5, 2))
show(lambda: combinations('abc', 2, 3))
print(sum(1 for _ in combinations(range(20), 5)))

# combinations_with_replacement
print(list(cwr('ABC', 2)))
print(list(cwr(range(3), 3))[:5], list(cwr(range(3), 0)), list(cwr([], 2)), list(cwr([], 0)))
print(list(cwr(iterable='ab', r=3)))
show(lambda: cwr('abc'))
show(lambda: cwr('abc', -1))
show(lambda: cwr(3, 1))
show(lambda: cwr('abc', 1, 2))
print(type(cwr('a', 1)).__name__, type(combinations('a', 1)).__name__, type(permutations('a')).__name__)

# the inputs are read eagerly, the outputs made lazily


def noisy():
    for i in range(3):
        print('  yields', i)
        yield i


for make in (lambda: product(noisy(), 'a'), lambda: permutations(noisy(), 2),
             lambda: combinations(noisy(), 2), lambda: cwr(noisy(), 2)):
    it = make()
    print('made', type(it).__name__)
    print(next(it))

# exhausted stays exhausted
for obj in [product('a'), permutations('a'), combinations('a', 1), cwr('a', 1)]:
    print(list(obj), list(obj))


class MyProduct(product):
    pass


print(type(MyProduct('ab')).__name__, list(MyProduct('ab', repeat=2)))
