# list.sort: __lt__ calls on data with long runs (count_run, galloping, powersort merges).
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
# partially ordered data (runs)
def run(tag, n, data, rev):
    calls.clear()
    ks = [K(v) for v in data]
    ks.sort(reverse=rev)
    print(tag, n, len(calls), sum(a * 7 + b for a, b in calls) % 1000003)
for n in [100, 1000, 5000]:
    data = list(range(n // 2)) + list(range(n, n // 2, -1)) + [random.randint(0, n) for _ in range(50)]
    run('runs', n, data, False)
    run('rev', n, data, True)
