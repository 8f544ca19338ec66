# The number and order of __lt__ calls made by list.sort match CPython's timsort.
class C:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        C.calls += 1
        return self.v < other.v
    def __repr__(self):
        return 'C(%r)' % self.v
def count(values, **kw):
    C.calls = 0
    items = [C(v) for v in values]
    items.sort(**kw)
    return C.calls, [c.v for c in items] == sorted(values, **({'reverse': kw['reverse']} if 'reverse' in kw else {}))
print(count([]))
print(count([1]))
print(count([2, 1]))
print(count([1, 2, 3, 4, 5]))
print(count([5, 4, 3, 2, 1]))
print(count([3, 1, 2]))
print(count(list(range(100))))
print(count(list(range(100, 0, -1))))
seq = [(i * 7919) % 257 for i in range(300)]
print(count(seq))
print(count(seq, reverse=True))
print(count([1] * 50))
print(count([i % 5 for i in range(200)]))
print(count(list(range(64)) + list(range(64))))
print(count(list(range(50)) + [0] + list(range(50, 100))))
runs = []
for r in range(10):
    runs.extend(range(r * 10 + 9, r * 10 - 1, -1))
print(count(runs))
print(count([(i * 31) % 1000 for i in range(2000)]))
order = []
class Tracer:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        order.append((self.v, other.v))
        return self.v < other.v
t = [Tracer(v) for v in [4, 2, 5, 1, 3]]
t.sort()
print(order)
order.clear()
t = [Tracer(v) for v in [1, 3, 2, 3, 1]]
t.sort(reverse=True)
print(order, [x.v for x in t])
keycalls = []
def key(v):
    keycalls.append(v)
    return C(v)
C.calls = 0
r = sorted([3, 1, 2, 5, 4], key=key)
print(r, keycalls, C.calls)
