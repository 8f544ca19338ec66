# for/else, break, continue, enumerate, zip, range edge cases.

def first_negative(items):
    for i, x in enumerate(items):
        if x < 0:
            print(f"  negative at index {i}")
            break
    else:
        print("  no negatives")
        return None
    return x

print(first_negative([3, 1, -4, 1, -5]))
print(first_negative([3, 1, 4]))
print(first_negative([]))

primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# continue in for
for word in ["alpha", "", "beta", "  ", "gamma"]:
    if not word.strip():
        continue
    print(word.upper(), end=",")
print()

# else runs even if the loop body always continues
for i in range(3):
    continue
else:
    print("else after continues, i =", i)

# Ranges
print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(0)))
print(list(range(5, 2)), len(range(0, 100, 7)), range(0, 100, 7)[-1], 49 in range(0, 100, 7))
r = range(10, 20, 3)
print(r, r.start, r.stop, r.step, r.index(16), r.count(13), r[1:3], r[::-1])
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)

# Modifying the loop variable doesn't affect iteration
for i in range(3):
    print("i =", i, end="; ")
    i = 100
print()

# Iterating with zip and enumerate(start=)
names = ["ann", "bob", "cid"]
ages = [30, 25]
for n, (name, age) in enumerate(zip(names, ages), start=1):
    print(n, name, age)
print(list(zip(names, ages, strict=False)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)

# for over dict: keys; items; mutation error
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k], end=" ")
print()
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)

# Target can be any assignment target
class Holder:
    pass
h = Holder()
store = {}
for h.value in [1, 2]:
    pass
for store["k"] in "xyz":
    pass
print(h.value, store)
