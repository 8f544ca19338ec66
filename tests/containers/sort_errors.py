# list.sort: an exception from __lt__ leaves the items a permutation, as in CPython.
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
# error mid-sort leaves a permutation
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError('boom')
        return self.v < o.v
    def __repr__(self): return str(self.v)
for n in [10, 70, 300]:
    lst = [Bad(random.randint(0, 20)) for _ in range(n)]
    try:
        lst.sort()
    except ValueError as e:
        print('err', e)
    print([b.v for b in lst][:40])
