# range: len, indexing, slicing, negative steps, repr, equality.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for r in (range(5), range(2, 9), range(2, 9, 3), range(10, 0, -2), range(0), range(5, 5),
          range(5, 0), range(-5, -15, -3), range(0, 1, 100)):
    print(repr(r), len(r), list(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[3], r[-7], r.start, r.stop, r.step)
show('idx out', lambda: r[7])
show('idx neg out', lambda: r[-8])
show('idx str', lambda: r['a'])
show('idx float', lambda: r[1.0])
print(r[::2], r[1:], r[:-1], r[::-1], r[5:1:-2], r[100:], r[-100:2], r[::-3])
print(list(r[::-1]) == list(r)[::-1])
for s in (slice(None), slice(1, 5), slice(None, None, -1), slice(-2, None, -2), slice(10, -10, -3)):
    rr = range(-7, 13, 2)
    print(s, rr[s], list(rr[s]) == list(rr)[s])
show('zero step', lambda: range(1, 2, 0))
show('float arg', lambda: range(1.0))
show('str arg', lambda: range('3'))
show('no args', lambda: range())
show('4 args', lambda: range(1, 2, 3, 4))
show('kwargs', lambda: range(stop=3))
show('slice zero step', lambda: r[::0])
class Idx:
    def __index__(self): return 4
print(range(Idx()), range(Idx(), 10, Idx())[Idx() - 4 if False else 1], range(10)[Idx()])
print(range(True, 5))
print(range(0) == range(5, 5), range(0) == range(3, 1, 2), range(1, 2) == range(1, 3, 5))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3))
print(range(3) == [0, 1, 2], range(3) != range(3), range(2) == range(0, 2, 1))
show('lt', lambda: range(1) < range(2))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 100, 50)))
print({range(3): 'a'}[range(0, 3)])
print(reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 3))))
print(list(reversed(range(0))), list(reversed(range(-1, -10, -4))))
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
print(type(iter(range(10**30))).__name__)
print(range(5).count(3), range(5).count(10), range(5).count(3.0), range(5).count('a'))
print(range(0, 20, 5).index(15))
show('index missing', lambda: range(0, 20, 5).index(3))
show('index missing str', lambda: range(3).index('a'))
show('index float', lambda: range(3).index(1.0))
print(sum(range(101)), max(range(3, 40, 7)), min(range(10, 0, -3)))
print(range(1, 10)[2:5][1], range(10)[::2][::2])
show('attr set', lambda: setattr(range(3), 'start', 1))
print(str(range(1, 2, 1)), str(range(-1, -2, -1)))
