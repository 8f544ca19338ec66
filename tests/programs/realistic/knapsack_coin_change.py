# Knapsack variants and coin change with reconstruction
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan cream", 11, 70), ("camera", 32, 30), ("t-shirt", 24, 15), ("trousers", 48, 10),
         ("umbrella", 73, 40), ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
         ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50), ("book", 30, 10)]

def knapsack01(items, cap):
    best = [0] * (cap + 1)
    keep = [[False] * (cap + 1) for _ in items]
    for i, (_, w, v) in enumerate(items):
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                keep[i][c] = True
    chosen, c = [], cap
    for i in range(len(items) - 1, -1, -1):
        if keep[i][c]:
            chosen.append(items[i][0])
            c -= items[i][1]
    return best[cap], chosen[::-1]

for cap in (100, 250, 400):
    value, chosen = knapsack01(items, cap)
    weight = sum(w for n, w, v in items if n in chosen)
    print(f"cap {cap}: value {value}, weight {weight}, items {chosen}")

def coin_change_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                last[a] = c
    if best[amount] == INF:
        return None
    used = {}
    a = amount
    while a:
        used[last[a]] = used.get(last[a], 0) + 1
        a -= last[a]
    return best[amount], dict(sorted(used.items(), reverse=True))

print(coin_change_ways([1, 2, 5], 5), coin_change_ways([1, 5, 10, 25, 50, 100], 100), coin_change_ways([2, 5, 3, 6], 10))
print(coin_change_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_change_ways([3, 7], 1000))
for coins, amt in [([1, 5, 10, 25], 63), ([1, 3, 4], 6), ([2], 3), ([186, 419, 83, 408], 6249), ([7, 11], 100)]:
    print(coins, amt, min_coins(coins, amt))
def unbounded(items, cap):
    best = [0] * (cap + 1)
    for c in range(1, cap + 1):
        for _, w, v in items:
            if w <= c:
                best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print("unbounded:", unbounded([("a", 5, 10), ("b", 4, 40), ("c", 6, 30), ("d", 3, 50)], 10), unbounded(items[:5], 60))
