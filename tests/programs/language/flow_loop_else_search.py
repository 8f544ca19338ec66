# Searching with for/else and while/else in realistic tasks.

inventory = [
    {"sku": "A-100", "name": "bolt", "bins": {"B1": 30, "B7": 0}},
    {"sku": "A-200", "name": "nut", "bins": {"B2": 0, "B3": 0}},
    {"sku": "B-300", "name": "washer", "bins": {"B4": 12}},
]

def locate(name):
    for item in inventory:
        if item["name"] != name:
            continue
        for bin_id, qty in item["bins"].items():
            if qty > 0:
                return f"{name}: {qty} in {bin_id}"
        else:
            return f"{name}: out of stock everywhere"
    else:
        return f"{name}: unknown item"

for n in ["bolt", "nut", "washer", "gear"]:
    print(locate(n))

# Finding the first duplicate with a while loop and else
def first_duplicate(seq):
    seen = set()
    i = 0
    while i < len(seq):
        if seq[i] in seen:
            break
        seen.add(seq[i])
        i += 1
    else:
        return None
    return i, seq[i]

print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate("abcdef"), first_duplicate("hello"))

# Validating a grid: nested loops with else to detect success
def valid_sudoku_rows(grid):
    for r, row in enumerate(grid):
        digits = [d for d in row if d != 0]
        if len(digits) != len(set(digits)):
            print(f"  row {r} has a duplicate")
            break
    else:
        print("  all rows fine")
        return True
    return False

print(valid_sudoku_rows([[1, 2, 0], [3, 0, 3], [0, 0, 0]]))
print(valid_sudoku_rows([[1, 2, 0], [3, 0, 2], [0, 0, 0]]))

# Retry loop with for/else
attempts = iter([False, False, True])
for attempt in range(1, 4):
    ok = next(attempts)
    print(f"  attempt {attempt}: {'ok' if ok else 'failed'}")
    if ok:
        break
else:
    print("  all attempts failed")
print("finished after attempt", attempt)

# Perfect numbers via nested loops
perfect = []
for n in range(2, 10000):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    if total == n:
        perfect.append(n)
print(perfect)
