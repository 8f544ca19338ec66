# Integers and sequences: randrange, randint, choice, choices, shuffle, sample, with the
# random numbers each consumes matching CPython's.
import random


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-10, -5) for _ in range(5)])
print(random.randrange(10**30), random.randrange(-10**25, 10**25, 3))
print(random.randrange(Index(50)), random.randrange(Index(3), Index(9), Index(2)))
print(random.randrange(True), random.randrange(1, 2))
print([random.randint(1, 6) for _ in range(20)])
print(random.randint(-5, -5), random.randint(0, 2**70))

for args in [(0,), (-3,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1), (1.5,), (0, 2.5), (0, 10, 1.5), ('a',), (10, None, 2), (0, None)]:
    print(args, attempt(random.randrange, *args))
print(attempt(random.randint, 1.5, 3))
print(attempt(random.randint, 5, 1))
print(attempt(random.randrange, 3.0))

print([random.choice("abcdef") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice(range(1000)), random.choice((None,)))
print(attempt(random.choice, []))
print(attempt(random.choice, ""))
print(attempt(random.choice, {1: 'a', 2: 'b'}))

deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["x"]
random.shuffle(words)
print(words)
empty = []
random.shuffle(empty)
print(empty)
print(attempt(random.shuffle, (1, 2, 3)))

print(random.sample(range(100), 10))
print(random.sample(range(10**12), 5))
print(random.sample("abcdefghij", 10))
print(random.sample([1, 2, 3], 0))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(4), k=6, counts=[3, 0, 2, 1]))
# Both selection strategies: a pool copy for small populations, a set of positions for large.
for n, k in [(21, 5), (22, 5), (30, 6), (100, 6), (10, 10), (1000, 50), (200, 100), (100000, 30)]:
    print(n, k, random.sample(range(n), k))
print(attempt(random.sample, range(5), 6))
print(attempt(random.sample, range(5), -1))
print(attempt(random.sample, {1, 2, 3}, 2))
print(attempt(random.sample, {1: 2}, 1))
print(attempt(random.sample, [1, 2], 1, counts=[1]))
print(attempt(random.sample, [1, 2], 1, counts=[1.0, 2.0]))
print(attempt(random.sample, [1, 2], 1, counts=[0, 0]))
print(attempt(random.sample, [1, 2], 1, counts=5))
print(attempt(random.sample, [1, 2]))

print(random.choices("abc", k=10))
print(random.choices(range(5)))
print(random.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], weights=[0.2, 0.5, 0.3], k=8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 1, 10], k=8))
print(random.choices([1, 2], [1, 0], k=0))
print(attempt(random.choices, "abc", 3))
print(attempt(random.choices, "abc", [1, 2]))
print(attempt(random.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3]))
print(attempt(random.choices, "abc", [0, 0, 0]))
print(attempt(random.choices, "abc", [1, float("inf"), 1]))
print(attempt(random.choices, "abc", [-1, -1, -1]))
print(attempt(random.choices, [], k=2))
print(attempt(random.choices, "abc", k=2.5))
print(attempt(random.choices, "abc", None, None))

# A subclass that only provides random() draws integers from floats.
class FloatOnly(random.Random):
    def random(self):
        self.calls += 1
        return super().random()

f = FloatOnly(8)
f.calls = 0
print(FloatOnly._randbelow is random.Random._randbelow_without_getrandbits)
print([f.randrange(1000) for _ in range(10)], f.calls)
print(f.sample(range(50), 5), f.choice("xyz"))
lst = list(range(10))
f.shuffle(lst)
print(lst)

class BitsToo(FloatOnly):
    def getrandbits(self, k):
        return super().getrandbits(k)

print(BitsToo._randbelow is random.Random._randbelow_with_getrandbits)
b = BitsToo(8)
print([b.randrange(1000) for _ in range(10)])

class OwnBelow(random.Random):
    def _randbelow(self, n):
        return n - 1

    def random(self):
        return 0.0

print(OwnBelow().randrange(10), OwnBelow().choice("abc"), OwnBelow(1).random())
