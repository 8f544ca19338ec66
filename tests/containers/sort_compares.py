# list.sort: the number and order of __lt__ calls match CPython (random data).
class R:
    def __init__(self, s): self.s = s
    def randint(self, a, b):
        self.s = (self.s * 75 + 74) % 65537
        return a + self.s % (b - a + 1)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
random = R(5)
for n in [0, 1, 2, 3, 5, 10, 33, 64, 65, 100, 200, 500, 1000, 3000]:
    data = [random.randint(0, n // 2 + 1) for _ in range(n)]
    calls.clear()
    ks = [K(v) for v in data]
    ks.sort()
    print(n, len(calls), sum(a * 7 + b for a, b in calls) % 1000003, [k.v for k in ks] == sorted(data))
