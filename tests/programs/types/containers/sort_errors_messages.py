# '<' not supported between instances of ... in sort, min, max, and comparisons.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('int str', lambda: sorted([3, 'a']))
show('str int', lambda: sorted(['a', 3]))
show('float none', lambda: sorted([1.5, None]))
show('list tuple', lambda: sorted([[1], (1,)]))
show('dict dict', lambda: sorted([{1: 2}, {3: 4}]))
show('set ok', lambda: sorted([{1, 2}, {1}, {3}]))
show('complex', lambda: sorted([1j, 1]))
show('bytes str', lambda: sorted([b'a', 'a']))
show('nested', lambda: sorted([(1, 'a'), (1, 2)]))
show('nested ok', lambda: sorted([(1, 'a'), (2, 2)]))
show('max mixed', lambda: max(1, 'a'))
show('min mixed', lambda: min(['a', 1]))
show('max empty', lambda: max([]))
show('min empty', lambda: min(()))
show('max default', lambda: max([], default='d'))
show('max key', lambda: max(['aa', 'b', 'ccc'], key=len))
show('min key tie', lambda: min(['bb', 'aa', 'c', 'd'], key=len))
show('max tie', lambda: max([(1, 'first'), (1, 'second')], key=lambda p: p[0]))
show('max args default', lambda: max(1, 2, default=0))
show('max no args', lambda: max())
show('max int', lambda: max(5))
show('lt obj', lambda: object() < object())
show('gt type', lambda: int > str)
show('le list int', lambda: [1] <= 1)
show('ge tuple list', lambda: (1,) >= [1])
show('lt none', lambda: None < None)
class A:
    pass
class B:
    pass
show('lt A B', lambda: A() < B())
show('sort A', lambda: [A(), A()].sort())
show('sort one A', lambda: len(sorted([A()])))
show('sort empty', lambda: sorted([]))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'O%d' % self.v
show('only lt sorts', lambda: sorted([OnlyLt(2), OnlyLt(1)]))
show('only lt max', lambda: max([OnlyLt(2), OnlyLt(5), OnlyLt(1)]))
show('only lt gt', lambda: OnlyLt(1) > OnlyLt(2))
show('only lt le', lambda: OnlyLt(1) <= OnlyLt(2))
class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return NotImplemented
class Derived(Base):
    def __gt__(self, o):
        return 'derived gt'
show('reflected subclass', lambda: Base(1) < Derived(2))
show('sorted reversed errors', lambda: sorted([1, 'b', 2], reverse=True))
show('sort key to mixed', lambda: sorted([1, 2, 3], key=lambda v: 'x' if v == 2 else v))
l = [3, 'x', 1]
try:
    l.sort()
except TypeError as e:
    print('after failed sort', sorted(map(str, l)), len(l))
