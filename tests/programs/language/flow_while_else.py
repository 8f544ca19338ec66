# while loops with else, break and continue.

def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(f"  {n} divisible by {d}")
            break
        d += 1
    else:
        print(f"  {n} is prime")
        return None
    return d

for n in [2, 15, 17, 49, 97, 221]:
    print(n, "->", find_divisor(n))

# else runs when the condition is false from the start
i = 10
while i < 5:
    i += 1
else:
    print("loop body never ran, else did; i =", i)

# continue skips to the condition check
n = 0
odds = []
while n < 12:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
else:
    print("finished normally")
print(odds)

# Collatz with a step counter
def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak

for start in [1, 6, 7, 27]:
    print(start, collatz(start))

# while True with break
queue = [3, 1, 4, 1, 5, 9, 2, 6]
total = 0
while True:
    if not queue:
        print("queue empty")
        break
    item = queue.pop(0)
    if item == 9:
        print("found 9, stopping")
        break
    total += item
print("total", total, "left", queue)

# Nested while with break only leaving the inner loop
row = 0
while row < 3:
    col = 0
    while True:
        if col > row:
            break
        print(f"({row},{col})", end=" ")
        col += 1
    row += 1
print()

# Binary search
def bsearch(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)

data = [1, 3, 5, 7, 9, 11]
print([bsearch(data, t) for t in [1, 7, 11, 0, 4, 12]])
