# list/tuple index() and insert() with out-of-range and big-int bounds; __index__ arguments.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

l = list('abcabc')
t = tuple(l)
for seq in (l, t):
    name = type(seq).__name__
    show(name + ' b from 2', lambda: seq.index('b', 2))
    show(name + ' b from -2', lambda: seq.index('b', -2))
    show(name + ' a -100 100', lambda: seq.index('a', -100, 100))
    show(name + ' bigints', lambda: seq.index('c', -10**30, 10**30))
    show(name + ' empty window', lambda: seq.index('a', 4, 2))
    show(name + ' stop excl', lambda: seq.index('c', 0, 2))
    show(name + ' float', lambda: seq.index('a', 0.0))
    show(name + ' none start', lambda: seq.index('a', None))
    show(name + ' kw', lambda: seq.index('a', start=1))
    show(name + ' too many', lambda: seq.index('a', 1, 2, 3))
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
show('index Ix', lambda: l.index('c', Ix(3), Ix(6)))
show('insert Ix', lambda: (l.insert(Ix(1), 'X'), l)[1])
show('pop Ix', lambda: l.pop(Ix(1)))
show('pop bigint', lambda: l.pop(10**30))
show('pop neg bigint', lambda: l.pop(-10**30))
show('insert bigint', lambda: l.insert(10**30, 'z'))
show('insert neg bigint', lambda: l.insert(-10**30, 'z'))
show('insert huge-ish', lambda: (l.insert(2**62, 'end'), l[-1])[1])
show('insert neg huge-ish', lambda: (l.insert(-2**62, 'start'), l[0])[1])
print(l)
show('getitem bigint', lambda: l[2**100])
show('getitem neg bigint', lambda: l[-2**100])
show('getitem 2**63', lambda: l[2**63])
show('getitem 2**63-1', lambda: l[2**63 - 1])
show('setitem bigint', lambda: l.__setitem__(2**64, 0))
show('tuple getitem bigint', lambda: t[2**64])
show('str getitem bigint', lambda: 'abc'[2**64])
show('range getitem bigint', lambda: range(5)[2**64])
show('slice bigints', lambda: l[-2**100:2**100:2**70])
show('bool index', lambda: (l[True], l[False], t[True]))
