# Set and frozenset iteration, changes during iteration, iterator length hints, pop order.
s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except StopIteration:
    print('StopIteration after error')
except RuntimeError as e:
    print('RuntimeError again', e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(1)
s.add(1)
try:
    print('same size continues', list(it))
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
it = iter(s)
s.discard(99)
s.add(2)
print(list(it))
s = set(range(10))
try:
    for x in s:
        if x == 5:
            s.pop()
except RuntimeError as e:
    print('RuntimeError', e, len(s))
s = {1, 2}
try:
    for x in s:
        s.clear()
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
try:
    for x in s:
        s |= {3}
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
for x in s:
    s |= {1}
print(s)
f = frozenset('abc')
it = iter(f)
print(it.__length_hint__(), len(list(it)), it.__length_hint__())
s = {10, 20, 30, 40}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
pops = [s.pop() for _ in range(5)]
print(pops, s)
s.add(0)
s.add(3)
print(s.pop(), s.pop(), s)
d = {'a': 1}
s = set(d)
it = iter(s)
d['b'] = 2
print(list(it))
