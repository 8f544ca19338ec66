# list.sort: stability, with and without reverse.
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
# stability
recs = [(random.randint(0, 5), i) for i in range(300)]
print(sorted(recs, key=lambda r: r[0]) == sorted(recs, key=lambda r: r[0]), sorted(recs, key=lambda r: r[0])[:10])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:10])
