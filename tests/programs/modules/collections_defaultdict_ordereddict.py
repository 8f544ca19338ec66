# collections.defaultdict and collections.OrderedDict: missing keys, factories, reprs,
# reordering, order-sensitive equality, views and the errors.
from collections import defaultdict, OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(counts)
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(lambda: 'v', a=1).get('zz'), defaultdict(str, [(1, 2)]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), 'x' in nested, 'q' in nested)
print(dd.copy(), type(dd.copy()).__name__, dd.copy() == dd, dd.copy() is dd, dd.__copy__().default_factory)
print(dd.__reduce__()[:2], defaultdict().__reduce__()[:2])
print(dd | {'c': [5]}, {'z': 0} | dd, type({'z': 0} | dd).__name__)
dd |= {'q': 1}
print(dd)
dd.default_factory = None
attempt('no factory', lambda: dd['missing'])
print(dd.get('missing'), 'missing' in dd)
r = defaultdict(list)
r['self'] = r
print(r)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
tree = Tree()
tree['a']['b']['c'] = 1
print(tree['a']['b'], type(tree['a']).__name__)
class Bare(defaultdict):
    def __init__(self):
        pass
print(Bare().default_factory)
attempt('bad factory', lambda: defaultdict(1))
attempt('missing arg', lambda: dd.__missing__())
print(isinstance(dd, dict), defaultdict.__module__, defaultdict[str, int])

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od)
od.move_to_end('z', False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(a=1, b=2)
od.setdefault('c', 9)
od.setdefault('a', 100)
print(od, od.pop('a'), od.pop('nope', 'dflt'), od)
print(OrderedDict(), OrderedDict([('k', 'v')]), OrderedDict(a=1), OrderedDict.fromkeys('abc', 0))
print(list(reversed(OrderedDict.fromkeys('abc'))), list(reversed(OrderedDict.fromkeys('abc').items())))
p = OrderedDict(a=1, b=2)
q = OrderedDict(b=2, a=1)
print(p == q, p != q, p == dict(q), dict(q) == p, p == {'a': 1, 'b': 2})
print(p.copy(), type(p.copy()).__name__, p | {'c': 3}, {'c': 3} | p, type({'c': 3} | p).__name__)
p |= {'z': 26}
print(p)
print(('a', 1) in p.items(), 'a' in p.keys(), 2 in p.values(), len(p.keys()), p.keys() & {'a', 'q'})
rec = OrderedDict()
rec['me'] = rec
print(rec)
attempt('empty popitem', lambda: OrderedDict().popitem())
attempt('move missing', lambda: OrderedDict().move_to_end('k'))
attempt('pop missing', lambda: OrderedDict().pop('k'))
print(OrderedDict.__hash__)
attempt('two args', lambda: OrderedDict({}, {}))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu)
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3), cache, cache.capacity)
