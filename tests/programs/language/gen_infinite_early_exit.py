# Infinite generators consumed with early exits.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(10, primes()))
print(take(5, (n * n for n in naturals(1))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if f > 1000:
        print(f"first fibonacci over 1000 is F({i}) = {f}")
        break

def cycle(items):
    while True:
        yield from items

colours = cycle(["red", "green", "blue"])
print([next(colours) for _ in range(7)])

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def drop_while(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

print(list(take_while(lambda x: x < 30, fib())))
print(take(5, drop_while(lambda x: x < 100, fib())))

# Early exit runs the generator's cleanup when it is closed
def resource():
    try:
        for n in naturals():
            yield n
    finally:
        print("  resource released")

r = resource()
for value in r:
    if value == 3:
        break
print("broke out at", value)
r.close()

# Collatz sequences via a generator that ends on its own
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(6)))
print(max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))))

# Interleaving two infinite generators
def interleave(a, b):
    while True:
        yield next(a)
        yield next(b)
print(take(8, interleave(naturals(100), naturals(-100))))
