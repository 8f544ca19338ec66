# list.sort / sorted: stability, key, reverse, errors.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data))
print(sorted(data, reverse=True))
# reverse keeps stability: equal elements keep original order
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=len))
l = [5, 3, 1, 4]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
l.sort(key=None)
print(l)
l.sort(key=lambda v: -v, reverse=False)
print(l)
print(sorted('hello world'))
print(sorted({3: 'a', 1: 'b', 2: 'c'}))
print(sorted((3, 1, 2), reverse=1))
print(sorted([]), sorted([1]))
print(sorted([3.5, 1, True, 2.25, False]))
print(sorted([-0.0, 0, 0.0, -0]))
print(sorted(['b', 'B', 'a', 'A', '_', '1']))
print(sorted(['b', 'B', 'a', 'A'], key=str.lower))

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

show('mixed', lambda: sorted([1, 'a', 2]))
show('mixed2', lambda: sorted(['a', 1]))
show('none', lambda: sorted([None, None]))
show('none2', lambda: sorted([None, 1]))
show('tuples', lambda: sorted([(1, 'a'), (1, 2)]))
show('dicts', lambda: sorted([{}, {}]))
show('complex', lambda: sorted([1j, 2j]))
show('positional', lambda: [].sort(None))
show('key bad', lambda: sorted([1, 2], key=5))
show('key kw', lambda: sorted([1, 2], cmp=5))
show('sorted noargs', lambda: sorted())
show('sorted int', lambda: sorted(5))
show('key raises', lambda: sorted([1, 0], key=lambda v: 1 / v))

class Obj:
    def __init__(self, k): self.k = k
    def __repr__(self): return 'Obj(%r)' % self.k
show('objs', lambda: sorted([Obj(1), Obj(2)]))
show('objs key', lambda: sorted([Obj(2), Obj(1)], key=lambda o: o.k))

class OnlyGt:
    def __init__(self, k): self.k = k
    def __gt__(self, o): return self.k > o.k
    def __repr__(self): return 'G%d' % self.k
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

# sort with many equal keys, check stability on larger input
big = [(i % 7, i) for i in range(60)]
s = sorted(big, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print([p[1] for p in s[:12]])
r = sorted(big, key=lambda p: p[0], reverse=True)
print([p[1] for p in r[:12]])
# sort is in place and list identity kept
m = [3, 2, 1]
alias = m
m.sort()
print(alias)
# key called once per element
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([1, 2, 3, 4], key=key), calls)
# list sorted descending with huge ints and floats mixed
print(sorted([10**20, 1e20, -10**30, 2.5, -1], reverse=True))
