# A benchmark-style workload (~1 million simple operations) with checksums
def lcg_stream(n, seed=1):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x

total = 0
xor_acc = 0
mx = 0
count_even = 0
for v in lcg_stream(250000):
    total += v
    xor_acc ^= v
    if v > mx:
        mx = v
    if not v & 1:
        count_even += 1
print(total, xor_acc, mx, count_even)

arr = list(range(1000))
acc = 0
for rep in range(200):
    for i in range(0, 1000, 4):
        acc += arr[i] * (rep + 1) - arr[i + 1] + (arr[i + 2] ^ rep) - (arr[i + 3] >> 1)
print(acc)

s = 0.0
for i in range(1, 200001):
    s += 1.0 / (i * i)
print(repr(s), round((s * 6) ** 0.5, 10))

counts = [0] * 16
n = 12345
for _ in range(150000):
    n = (n * 69069 + 1) % 4294967296
    counts[n >> 28] += 1
print(counts, sum(counts))

d = {}
for i in range(100000):
    k = i % 1237
    d[k] = d.get(k, 0) + i
print(len(d), d[0], d[1236], sum(d.values()))
h = 0
for ch in "benchmark" * 5000:
    h = (h * 31 + ord(ch)) % 1000000007
print(h)
