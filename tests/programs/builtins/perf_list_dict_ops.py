# A benchmark-ish workload: about a million simple list/dict operations
N = 200000
squares = [i * i for i in range(N)]
total = 0
for v in squares:
    total += v & 0xFF
print(total, len(squares), squares[-1])
counts = {}
for i in range(N):
    k = (i * 2654435761) % 1009
    counts[k] = counts.get(k, 0) + 1
print(len(counts), min(counts.values()), max(counts.values()), sum(counts.values()))
stack = []
for i in range(N):
    if i % 3 == 2 and stack:
        stack.pop()
    else:
        stack.append(i)
print(len(stack), stack[:5], stack[-3:])
seen = set()
dups = 0
x = 1
for i in range(N):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 50000
    if k in seen:
        dups += 1
    else:
        seen.add(k)
print(len(seen), dups)
words = ["w%d" % (i % 997) for i in range(50000)]
joined = " ".join(words)
split_back = joined.split()
print(len(joined), len(split_back), split_back[1234], sorted(set(split_back))[:3])
grid = [[(r * c) % 7 for c in range(300)] for r in range(300)]
print(sum(map(sum, grid)), max(max(row) for row in grid), grid[123][45])
data = sorted(range(N), key=lambda v: (v * 7919) % N)
print(data[:5], data[-5:])
