# Real-valued and discrete distributions, each drawing exactly CPython's random numbers.
import random


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


random.seed(31337)
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, 5), random.uniform(10, 1))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 2) for _ in range(3)], random.triangular(3, 3), random.triangular(1, 5, 5))
print([random.normalvariate() for _ in range(3)], random.normalvariate(100, 15))
print([random.gauss() for _ in range(5)], random.gauss(10, 2), random.gauss(mu=1, sigma=0))
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate() for _ in range(3)], random.expovariate(5), random.expovariate(-2))
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 1e-7))
print([random.gammavariate(a, 2.0) for a in [0.1, 0.5, 1.0, 1.5, 5.0, 100.0]])
print([random.betavariate(a, b) for a, b in [(0.5, 0.5), (2, 5), (1, 1), (10, 0.1)]])
print([random.paretovariate(a) for a in [0.5, 1, 3]])
print([random.weibullvariate(1, k) for k in [0.5, 1, 3]])
print([random.binomialvariate() for _ in range(10)])
print([random.binomialvariate(10, 0.3) for _ in range(10)])
print([random.binomialvariate(100, 0.75) for _ in range(5)])
print([random.binomialvariate(1000, 0.4) for _ in range(5)])
print([random.binomialvariate(10**6, 0.01) for _ in range(3)])
print(random.binomialvariate(5, 0.0), random.binomialvariate(5, 1.0), random.binomialvariate(0, 0.5), random.binomialvariate(3, 1e-300))
print(type(random.binomialvariate(1)).__name__)

print(attempt(random.gammavariate, 0, 1))
print(attempt(random.gammavariate, 1, -1))
print(attempt(random.betavariate, -1, 1))
print(attempt(random.binomialvariate, -1))
print(attempt(random.binomialvariate, 5, 1.5))
print(attempt(random.binomialvariate, 5, -0.1))
print(attempt(random.expovariate, 0))
print(attempt(random.triangular, 0, 0, 1))
print(attempt(random.uniform, "a", "b"))
print(attempt(random.lognormvariate, 0))

# gauss keeps its second value: reseeding clears it, getstate carries it.
random.seed(1)
first = random.gauss()
print(random.getstate()[2] is not None)
random.seed(1)
print(random.getstate()[2], random.gauss() == first)
g = random.Random(2)
g.gauss()
cached = g.gauss_next
print(g.gauss() == cached, g.gauss_next)

# Many draws, summarized, to exercise every rejection loop.
random.seed(123)
total = 0.0
for a in [0.3, 0.9, 1.0, 1.1, 2.5, 40.0]:
    for _ in range(200):
        total += random.gammavariate(a, 1.0)
print(round(total, 6))
print(sum(random.binomialvariate(n, p) for n, p in [(20, 0.6), (50, 0.5), (500, 0.1), (3, 0.9)] for _ in range(100)))
print(round(sum(random.vonmisesvariate(2.0, k) for k in [0.5, 1, 10, 100] for _ in range(100)), 6))
print(round(sum(random.normalvariate(0, 1) for _ in range(1000)), 6))
