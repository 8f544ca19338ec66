# Sets of tuples and mixed values, through resizes and deletions.
t = {(i, j) for i in range(4) for j in range(3)}
print(t)
t2 = {(i, str(i)) for i in range(10)}
print(t2)
print({(1, 2, 3), (3, 2, 1), (1,), (1, (2, (3,)))})
print({(0.5, 1), (1, 0.5), (-1, -1), (None,), ((),)})
print({(True, False), (1, 0), (0, 1)})
s = set()
for i in range(100):
    s.add((i % 10, i // 10))
print(list(s)[:20])
print(len(s))
for i in range(0, 100, 3):
    s.discard((i % 10, i // 10))
print(list(s)[:20])
u = s | {(99, 99)}
print(list(u)[-5:])
words = 'the quick brown fox jumps over the lazy dog and keeps running far away'.split()
ws = set()
for w in words:
    ws.add(w)
    print(len(ws), list(ws)[:3])
print(ws)
ws.clear()
print(ws)
ws.update(words)
print(ws)
print(set(words) - {'the', 'fox'})
print(set(words) & set('the lazy dog sleeps'.split()))
print(set(words) ^ set('a quick test'.split()))
f = frozenset([(1, 'a'), (2, 'b'), (3, 'c')])
print(f, hash(f))
print({frozenset({1, 2}): 'x', frozenset({3}): 'y'})
