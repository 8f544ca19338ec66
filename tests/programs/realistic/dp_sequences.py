# Dynamic programming on sequences: LIS, matrix-chain order, max subarray, rod cutting, partition
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]

def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    def paren(i, j):
        if i == j:
            return chr(65 + i)
        k = split[i][j]
        return "(" + paren(i, k) + paren(k + 1, j) + ")"
    return cost[0][n - 1], paren(0, n - 1)

def max_subarray(a):
    best, cur, start, bs, be = a[0], 0, 0, 0, 0
    for i, x in enumerate(a):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, bs, be = cur, start, i
    return best, a[bs:be + 1]

def rod_cutting(prices, n):
    best = [0] * (n + 1)
    cut = [0] * (n + 1)
    for length in range(1, n + 1):
        for first in range(1, min(length, len(prices)) + 1):
            v = prices[first - 1] + best[length - first]
            if v > best[length]:
                best[length], cut[length] = v, first
    pieces = []
    while n:
        pieces.append(cut[n])
        n -= cut[n]
    return best[-1] if pieces else 0, pieces

def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return None
    reach = {0: []}
    for x in nums:
        for s, picked in list(reach.items()):
            if s + x not in reach:
                reach[s + x] = picked + [x]
    return reach.get(total // 2)

for s in [[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], [5, 4, 3], list("PYTHONIC")]:
    r = lis(s)
    print(len(r), r)
for dims in [[10, 30, 5, 60], [40, 20, 30, 10, 30], [30, 35, 15, 5, 10, 20, 25], [5, 10]]:
    print(dims, matrix_chain(dims))
for a in [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [-3, -1, -2], [5, -1, 5, -20, 7, 8], [1]]:
    print(a, max_subarray(a))
prices = [1, 5, 8, 9, 10, 17, 17, 20]
print([rod_cutting(prices, n) for n in (1, 4, 8, 13)])
for nums in [[1, 5, 11, 5], [1, 2, 3, 5], [3, 1, 1, 2, 2, 1], [2, 2, 3, 5]]:
    print(nums, can_partition(nums))
seed = 11
seq = []
for _ in range(400):
    seed = (seed * 75 + 74) % 65537
    seq.append(seed % 1000)
print("LIS of 400 pseudo-random values:", len(lis(seq)), lis(seq)[:8])
