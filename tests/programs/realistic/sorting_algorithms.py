# Classic sorting algorithms implemented by hand, with comparison counts
class Counter:
    def __init__(self):
        self.n = 0
    def lt(self, a, b):
        self.n += 1
        return a < b

def bubble(a, c):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if c.lt(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a, c):
    a = a[:]
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and c.lt(x, a[j]):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a, c):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], c), merge_sort(a[mid:], c)
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if c.lt(r[j], l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]

def quick(a, c):
    a = a[:]
    def part(lo, hi):
        mid = (lo + hi) // 2
        a[mid], a[hi] = a[hi], a[mid]
        p, i = a[hi], lo
        for j in range(lo, hi):
            if c.lt(a[j], p):
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        return i
    def qs(lo, hi):
        while lo < hi:
            p = part(lo, hi)
            if p - lo < hi - p:
                qs(lo, p - 1); lo = p + 1
            else:
                qs(p + 1, hi); hi = p - 1
    qs(0, len(a) - 1)
    return a

def heap_sort(a, c):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and c.lt(a[m], a[l]): m = l
            if r < n and c.lt(a[m], a[r]): m = r
            if m == i: return
            a[i], a[m] = a[m], a[i]
            i = m
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def shell(a, c):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and c.lt(x, a[j - gap]):
                a[j] = a[j - gap]; j -= gap
            a[j] = x
        gap //= 2
    return a

def counting(a, c):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, k in enumerate(counts) for _ in range(k)]

def radix(a, c):
    a = a[:]
    exp = 1
    off = -min(a)
    a = [x + off for x in a]
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return [x - off for x in a]

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
datasets = {
    "random": [rand() % 1000 - 500 for _ in range(300)],
    "sorted": list(range(200)),
    "reversed": list(range(200, 0, -1)),
    "few unique": [rand() % 4 for _ in range(200)],
    "tiny": [3, -1, 2],
}
algos = [bubble, insertion, merge_sort, quick, heap_sort, shell, counting, radix]
for name, data in datasets.items():
    expected = sorted(data)
    row = []
    for alg in algos:
        c = Counter()
        res = alg(data, c)
        row.append(f"{alg.__name__}={c.n}{'' if res == expected else '!WRONG'}")
    print(f"{name:<11}", " ".join(row))
print(quick(datasets["random"], Counter())[:10], merge_sort(["pear", "Apple", "fig", "apple"], Counter()))
