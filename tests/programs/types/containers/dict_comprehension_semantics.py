# Dict and set comprehensions: evaluation order, duplicate keys, nested, scope.
calls = []
def k(x):
    calls.append('k%d' % x)
    return x % 3
def v(x):
    calls.append('v%d' % x)
    return x
d = {k(x): v(x) for x in range(5)}
print(d, calls)
print({x: y for x, y in [(1, 'a'), (1, 'b'), (2, 'c')]})
print({x % 2: x for x in range(10)})
print({c for c in 'banana'} == set('banana'), sorted({c for c in 'banana'}))
print({(x, y) for x in range(2) for y in range(2) if x != y})
print({x: {y for y in range(x)} for x in range(4)})
print({n: [m for m in range(n)] for n in range(3)})
x = 'outer'
r = {x: x for x in 'ab'}
print(r, x)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print('TypeError', e)
try:
    {{}: 1 for _ in range(1)} if False else {s for s in [[1]]}
except TypeError as e:
    print('TypeError', e)
order = []
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self):
        order.append('hash%d' % self.n)
        return self.n
    def __eq__(self, o):
        order.append('eq%d' % self.n)
        return self.n == o.n
    def __repr__(self): return 'K%d' % self.n
res = {Key(i % 2): i for i in range(3)}
print(res, order)
order.clear()
res2 = {Key(1), Key(1), Key(2)}
print(len(res2), order)
order.clear()
lit = {Key(5): 'a', Key(5): 'b'}
print(lit, order)
def gen():
    yield 1
    yield 2
print({i: i * i for i in gen()}, {i for i in gen()})
print({**{i: i for i in range(2)}, **{i: -i for i in range(1, 3)}})
evals = []
def e(tag, val):
    evals.append(tag)
    return val
print({e('k1', 1): e('v1', 'a'), e('k2', 2): e('v2', 'b')}, evals)
evals.clear()
print({e('s1', 1), e('s2', 2)}, evals)
