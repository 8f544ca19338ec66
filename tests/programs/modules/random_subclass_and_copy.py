# Random as a base class: seeding in __init__, overriding random()/getrandbits(), state
# round trips, copies through __reduce__, and the module-level functions' shared instance.
import copy
import random
import _random


class Seeded(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label


s = Seeded(10, 'ten')
print(s.label, s.random(), s.randint(1, 100), s.choice('abc'), s.gauss_next)
print(isinstance(s, random.Random), isinstance(s, _random.Random), type(s).__mro__[1:])


class Counting(random.Random):
    def __init__(self, seed=None):
        self.draws = 0
        super().__init__(seed)

    def random(self):
        self.draws += 1
        return super().random()


c = Counting(3)
print([round(c.uniform(0, 10), 6) for _ in range(3)], c.draws)
c.shuffle(items := list(range(8)))
print(items, c.draws)


class Constant(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return 0

    def seed(self, *args, **kwargs):
        pass

    def getstate(self):
        return 'constant'

    def setstate(self, state):
        pass


k = Constant()
print(k.random(), k.randrange(10), k.choice('xyz'), k.uniform(0, 4), k.getstate(), k.randbytes(2), k.getrandbits(5))
print(k.triangular(0, 10, 5), k.expovariate(2.0))


# State, copies and the reduce protocol
r = random.Random(77)
r.random()
state = r.getstate()
dup = copy.copy(r)
deep = copy.deepcopy(r)
print(type(dup).__name__, dup is r, dup.getstate() == state, deep.getstate() == state)
print([r.random() for _ in range(3)] == [dup.random() for _ in range(3)] == [deep.random() for _ in range(3)])
cls, args, st = r.__reduce__()
print(cls.__name__, args, st[0], len(st[1]))
rebuilt = cls(*args)
rebuilt.__setstate__(st)
print(rebuilt.random() == r.random(), r.__getstate__() == r.getstate())
try:
    copy.deepcopy(s)  # __reduce__ calls the class with no arguments
except TypeError as e:
    print("TypeError", e)
c2 = copy.deepcopy(c)
print(type(c2).__name__, c2.draws, c2.random() == c.random())

g = random.Random(5)
g.gauss()
g2 = copy.copy(g)
print(g2.gauss_next == g.gauss_next, g2.gauss() == g.gauss())

# Two generators with the same seed agree; the module functions share one generator.
a, b = random.Random('same'), random.Random('same')
print(all(a.random() == b.random() for _ in range(100)))
random.seed(2)
x = random.random()
random.seed(2)
print(random.random() == x, random.random.__self__ is random._inst, type(random._inst).__name__)
print(random.Random.VERSION, random.Random.__init_subclass__ is not None)
print(random.Random.random is _random.Random.random, random.SystemRandom.random is not random.Random.random)
print(_random.Random.__name__, _random.Random.__module__, random.Random.__module__)
try:
    _random.Random.random(5)
except TypeError as e:
    print("TypeError", e)
