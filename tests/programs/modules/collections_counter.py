# collections.Counter: counting, most_common order, elements, update/subtract, arithmetic,
# comparisons, reprs and the dict behaviour underneath.
from collections import Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2), Counter(['a', 'b'], b=5))
c.update('aaz')
print(c)
c.update({'z': 10, 'q': 1})
print(c)
c.update(Counter(q=2), r=4)
print(c)
c.subtract('aaaaaaaa')
print(c)
c.subtract({'z': 20}, q=1)
print(c)
del c['nope']
del c['q']
print(c)
d = Counter(a=3, b=1, c=0, d=-2)
e = Counter(a=1, b=2, d=1, e=5)
print(d + e, d - e, d | e, d & e)
print(+d, -d, +Counter(), -Counter(a=-1))
f = Counter(a=3, b=1, c=0, d=-2)
f += e
print(f)
f = Counter(a=3, b=1, c=0, d=-2)
f -= e
print(f)
f = Counter(a=3, b=1, c=0, d=-2)
f |= e
print(f)
f = Counter(a=3, b=1, c=0, d=-2)
f &= e
print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=3) > Counter(a=1))
print(Counter('hello').copy(), type(Counter('x').copy()).__name__, Counter('ab').__reduce__())
class Tally(Counter):
    pass
t = Tally('mississippi')
print(t, t.most_common(1), type(t.copy()).__name__)
print(Counter({'a': 'x', 'b': 1j}))
print(Counter({1: 2.5, 2: 2.5, 3: 7}).most_common())
print(Counter('aab') + Counter(), dict(Counter('ab')), list(Counter('cba')))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(sum(Counter('abc').values()), Counter('abbccc').total())
attempt('fromkeys', lambda: Counter.fromkeys('abc'))
attempt('add dict', lambda: Counter('a') + {'a': 1})
attempt('lt dict', lambda: Counter('a') < {'a': 1})
attempt('not iterable', lambda: Counter(5))
attempt('two args', lambda: Counter('a', 'b'))
attempt('unhashable', lambda: Counter([[1]]))
attempt('missing', lambda: Counter()['x'])
