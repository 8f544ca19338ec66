# Insertion order, popitem LIFO order, re-insertion after delete, order of updates.
d = {}
for k in 'zyxw':
    d[k] = ord(k)
print(list(d), list(d.values()))
d['y'] = 0
print(list(d))
del d['y']
d['y'] = 1
print(list(d))
print(d.popitem(), d.popitem(), d)
d['q'] = 5
print(d.popitem(), d)
items = []
while d:
    items.append(d.popitem())
print(items)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    {}.pop('missing')
except KeyError as e:
    print('KeyError', e, e.args)
try:
    {}['']
except KeyError as e:
    print('KeyError', e, repr(str(e)))
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError', e, e.args)
try:
    {}[None]
except KeyError as e:
    print('KeyError', repr(e))
d = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del d[k]
print(list(d))
for k in range(0, 10, 2):
    d[k] = None
print(list(d))
d.update({3: 'x', 100: 'y'})
print(list(d))
print(list(reversed(d)))
e = {'b': 1, 'a': 2}
f = {'a': 2, 'b': 1}
print(e == f, list(e) == list(f), list(e.items()) == list(f.items()))
e |= {'c': 3, 'b': 0}
print(e)
print({**f, 'z': 1, 'a': 9})
g = {k: v for k, v in zip('hello', range(5))}
print(g)
print(dict(sorted(g.items())))
h = {}
h.setdefault('x', []).append(1)
h.setdefault('y', []).append(2)
h.setdefault('x', []).append(3)
print(h)
first = next(iter(g))
last = next(reversed(g))
print(first, last)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], big.popitem())
for i in range(5):
    big[-i] = i
print(list(big)[-6:])
cp = big.copy()
print(list(cp)[:4] == list(big)[:4], cp == big)
