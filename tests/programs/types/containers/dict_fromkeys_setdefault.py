# dict.fromkeys with various iterables and subclasses; setdefault semantics and ordering.
print(dict.fromkeys([]), dict.fromkeys(''), dict.fromkeys('aab'), dict.fromkeys(range(3), 'v'))
print(dict.fromkeys({3: 'x', 1: 'y'}), dict.fromkeys({3, 1, 2}), dict.fromkeys(frozenset('ba')))
print(dict.fromkeys({'k': 1}.items()), dict.fromkeys(iter([1, 1.0, True])))
print({}.fromkeys('xy', 0), {'old': 1}.fromkeys('n'))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared, shared['a'] is shared['b'])
class OD(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
od = OD.fromkeys('pq', 0)
print(type(od).__name__, od)
class WithInit(dict):
    def __init__(self, *a):
        print('init called', a)
        super().__init__(*a)
wi = WithInit.fromkeys('z')
print(type(wi).__name__, wi)
class NotDict:
    def __init__(self):
        self.store = {}
    def __setitem__(self, k, v):
        self.store[k] = v
class FakeFromkeys(dict):
    pass
try:
    dict.fromkeys.__func__ if hasattr(dict.fromkeys, '__func__') else None
    print(dict.fromkeys.__self__ is dict, FakeFromkeys.fromkeys.__self__ is FakeFromkeys)
except Exception as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print('TypeError', e)
try:
    dict.fromkeys([1], 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    dict.fromkeys(None)
except TypeError as e:
    print('TypeError', e)
d = {}
r1 = d.setdefault('a', [])
r1.append(1)
r2 = d.setdefault('a', ['ignored'])
print(d, r1 is r2)
print(d.setdefault('b'), d)
d.setdefault(1, 'int')
d.setdefault(1.0, 'float')
d.setdefault(True, 'bool')
print(d)
try:
    d.setdefault()
except TypeError as e:
    print('TypeError', e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    d.setdefault(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.setdefault(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups, list(groups))
class Miss(dict):
    def __missing__(self, k):
        return 'missing'
m = Miss()
print(m.setdefault('x', 'set'), m['y'], m.get('y', 'get-default'), m)
