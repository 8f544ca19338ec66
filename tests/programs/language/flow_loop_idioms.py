# Everyday loop idioms: enumerate, zip, reversed, sorted, dict iteration, sentinels.

inventory = {"apples": 12, "pears": 0, "kiwis": 7, "plums": 3}

for i, (fruit, count) in enumerate(sorted(inventory.items()), 1):
    status = "out of stock" if count == 0 else f"{count} left"
    print(f"{i}. {fruit:<8} {status}")

for fruit in reversed(list(inventory)):
    print(fruit, end=" ")
print()

# Removing items while iterating over a copy
for fruit in list(inventory):
    if inventory[fruit] == 0:
        del inventory[fruit]
print(inventory)

# Pairwise iteration
temps = [12, 15, 11, 18, 18, 20]
changes = [b - a for a, b in zip(temps, temps[1:])]
print(changes)
rising = [f"{a}->{b}" for a, b in zip(temps, temps[1:]) if b > a]
print(rising)

# Windows of size 3
print([temps[i:i + 3] for i in range(len(temps) - 2)])

# Grouping consecutive equal items by hand
def runs(seq):
    out = []
    for x in seq:
        if out and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return [tuple(r) for r in out]
print(runs("aaabccddddde"))
print("".join(f"{ch}{n}" for ch, n in runs("aaabccddddde")))

# Accumulating into dicts and lists
sales = [("north", 10), ("south", 5), ("north", 7), ("east", 1), ("south", 2)]
totals = {}
for region, amount in sales:
    totals[region] = totals.get(region, 0) + amount
print(totals, max(totals, key=totals.get))
by_region = {}
for region, amount in sales:
    by_region.setdefault(region, []).append(amount)
print(by_region)

# Interleave and chain by hand
a, b = [1, 2, 3], ["x", "y", "z"]
print([v for pair in zip(a, b) for v in pair])
print([*a, *b])

# Looping with an index over a mutated list
nums = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(nums):
    if nums[i] % 2 == 0:
        nums.pop(i)
    else:
        i += 1
print(nums)

# dict views are live
d = {"a": 1}
keys = d.keys()
d["b"] = 2
print(list(keys), len(keys), "b" in keys, keys & {"a", "z"}, list(d.values()), list(d.items()))

# Sentinel loop over an iterator
it = iter([5, 3, -1, 8])
while (v := next(it, None)) is not None and v >= 0:
    print("value", v)
print("remaining", list(it))
