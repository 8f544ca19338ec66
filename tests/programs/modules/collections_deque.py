# collections.deque: both ends, maxlen trimming, rotation, searching, indexing, operators,
# mutation detection, reprs and the error messages.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(0)
d.rotate(len(d) * 7 + 2)
print(d)
d.reverse()
print(d)
print(d.count(0), d.count('a'), d.index('a'), d.index(0), d.index(0, 5), d.index(-3, -8, -1))
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
print(d)
del d[0]
del d[-1]
del d[3]
print(d)
d[0] = 'first'
d[-1] = 'last'
print(d, 'first' in d, 'nope' in d)
d.clear()
print(d, len(d))

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
b.rotate(1)
print(b)
z = deque('abc', 0)
z.append(1)
z.extendleft([1, 2])
print(z, z.maxlen)
print(deque([1, 2], maxlen=5) * 3, deque([1, 2, 3], maxlen=4) + deque([4, 5]))
print(deque([], 2), deque(maxlen=None), deque(iterable=[1], maxlen=2))

# operators
a = deque([1, 2, 3])
print(a + deque([4]), a * 2, 2 * a, a * 0, a * -1)
c = deque(a)
c += [7, 8]
print(c)
c *= 2
print(c)
c += c
print(c)
c.extend(c)
print(len(c))
e = deque('xy')
e.extendleft(e)
print(e)
print(a == deque([1, 2, 3]), a != deque([1, 2]), a < deque([1, 2, 4]), a <= deque([1, 2, 3]), a > deque([1, 2]), a >= deque([2]))
print(a == [1, 2, 3], deque() == deque(), deque([1]) < deque([1, 0]))
print(list(reversed(a)), list(iter(a)), sorted(deque([3, 1, 2])), sum(a), max(a))
print(a.copy(), a.copy() is a, a.copy() == a)

print(a.__copy__())

# iteration and mutation
it = iter(a)
print(next(it), it.__length_hint__())
r = reversed(a)
print(next(r), r.__length_hint__())
def mutate():
    for x in a:
        a.append(x)
attempt('mutate', mutate)
print(a)
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.popleft()
attempt('after popleft', lambda: next(it))
attempt('after error', lambda: next(it))
q = deque([1, 2, 3])
it = iter(q)
q[0] = 5
print(list(it))
q = deque([3, 2, 1])
it = iter(q)
q.reverse()
print(list(it))

# recursion and subclasses
s = deque([1])
s.append(s)
print(s)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=4)
print(m, type(m.copy()).__name__, m.copy(), type(m + m).__name__, type(m * 2).__name__)
m.tag = 'x'
print(m.tag, m.__reduce__()[1:3], isinstance(m, deque))
print(deque[int], deque.__name__, deque.__qualname__, deque.__module__, repr(deque))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)

# errors
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index out', lambda: a[100])
attempt('negative out', lambda: a[-100])
attempt('set out', lambda: a.__setitem__(10, 1))
attempt('del out', lambda: a.__delitem__(10))
attempt('str index', lambda: a['0'])
attempt('slice', lambda: a[0:1])
attempt('remove', lambda: a.remove(99))
attempt('index', lambda: a.index(99))
attempt('index range', lambda: a.index(1, 1))
attempt('index bad', lambda: a.index(1, 'x'))
attempt('full insert', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('neg maxlen', lambda: deque([], -1))
attempt('str maxlen', lambda: deque([], 'a'))
attempt('float maxlen', lambda: deque([], 2.0))
attempt('add list', lambda: a + [1])
attempt('radd list', lambda: [1] + a)
attempt('mul str', lambda: a * 'a')
attempt('lt list', lambda: a < [1])
attempt('not iterable', lambda: deque(1))
attempt('too many', lambda: deque([], 1, 2))
attempt('keyword', lambda: deque(foo=1))
attempt('rotate str', lambda: a.rotate('a'))
attempt('rotate many', lambda: a.rotate(1, 2))
attempt('hash', lambda: hash(a))
attempt('count none', lambda: a.count())
attempt('index none', lambda: a.index())
attempt('insert one', lambda: a.insert(1))
attempt('append none', lambda: a.append())
attempt('set maxlen', lambda: setattr(a, 'maxlen', 3))
class Clearer:
    def __eq__(self, other):
        victim.clear()
        return False
victim = deque([Clearer(), 1, 2])
attempt('remove mutated', lambda: victim.remove(1))
victim = deque([Clearer(), 1, 2])
attempt('index mutated', lambda: victim.index(1))
victim = deque([Clearer(), 1, 2])
attempt('contains mutated', lambda: 1 in victim)
victim = deque([Clearer(), 1, 2])
attempt('count mutated', lambda: victim.count(1))

# a queue at work: breadth-first search
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
seen = {'a': 0}
todo = deque(['a'])
while todo:
    node = todo.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            todo.append(nxt)
print(seen)
window = deque(maxlen=3)
averages = []
for x in [1, 5, 2, 8, 3, 9, 4]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages)
big = deque(range(100000))
for _ in range(50000):
    big.append(big.popleft())
big.rotate(12345)
print(big[0], big[-1], len(big), big[50000])
