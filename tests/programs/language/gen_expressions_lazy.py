# Generator expressions are lazy and single-use.

log = []
def noisy(x):
    log.append(x)
    return x * 10

gen = (noisy(x) for x in range(5))
print("created, log =", log)
print(next(gen), "log =", log)
print(next(gen), "log =", log)
print(list(gen), "log =", log)
print(list(gen))

# Short-circuiting consumers stop early
log.clear()
print(any(noisy(x) > 20 for x in range(100)), log)
log.clear()
print(all(noisy(x) < 20 for x in range(100)), log)
log.clear()
print(next(noisy(x) for x in range(100) if x > 3), log)

# Pipelines of generator expressions
numbers = range(1, 1_000_000_000)            # huge, never materialised
squares = (n * n for n in numbers)
odd_squares = (s for s in squares if s % 2)
small = (s for s in odd_squares if s < 200)
first = []
for s in small:
    first.append(s)
    if len(first) == 5:
        break
print(first)

# Generator expression as the only argument needs no extra parentheses
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "generator"), reverse=True))
print("-".join(str(i) for i in range(5)))

# The outermost iterable is evaluated immediately
try:
    g = (x for x in 42)
except TypeError as e:
    print("immediate error:", e)

def failing():
    raise RuntimeError("inner iterable evaluated lazily")
g = (y for x in range(1) for y in failing())
print("created without error")
try:
    next(g)
except RuntimeError as e:
    print("lazy error:", e)

# Generator object attributes
g = (x for x in "ab")
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)

# Reusing a generator in two consumers shares state
g = (i for i in range(6))
pairs = list(zip(g, g))
print(pairs)
