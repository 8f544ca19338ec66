# set constructors and update methods with all kinds of iterables; multiple arguments.
print(set(), set([]), set(()), set(''), set('aab'), set(range(4)), set({'a': 1, 'b': 2}))
print(set(x * 2 for x in range(3)), set(iter([3, 3, 4])), set(b'abca'), set(bytearray(b'zz')))
print(set({'k': 1}.values()), set({'k': 1}.items()), set(frozenset([1])), set(map(abs, [-1, 1])))
s = set()
s.update()
s.update([1], (2,), {3}, frozenset({4}), range(5, 7), 'ab', {'c': 0}, iter([8]))
print(sorted(s, key=str))
s.intersection_update()
print(len(s))
s.intersection_update(range(10), [1, 2, 3, 'a'], {1: 0, 2: 0, 'a': 0})
print(sorted(s, key=str))
s.difference_update()
s.difference_update([1], (2,))
print(s)
s.symmetric_difference_update('ab')
print(s)
try:
    s.update([1], 5)
except TypeError as e:
    print('TypeError', e, s)
try:
    s.update([[1]])
except TypeError as e:
    print('TypeError', e)
t = {1, 2, 3}
try:
    t.intersection_update([1, [2]])
except TypeError as e:
    print('TypeError', e, t)
try:
    t.difference_update([[1]])
except TypeError as e:
    print('TypeError', e, t)
try:
    t.symmetric_difference_update(None)
except TypeError as e:
    print('TypeError', e)
def gen():
    yield 10
    yield 20
    raise ValueError('gen broke')
u = {0}
try:
    u.update(gen())
except ValueError as e:
    print('ValueError', e, sorted(u))
print(set.union({1}, [2], (3,)), set.intersection({1, 2}, [2, 3], [2]), set.difference({1, 2, 3}, [1], [3]))
try:
    set.union([1], [2])
except TypeError as e:
    print('TypeError', e)
print(frozenset.union(frozenset({1}), [5]), frozenset().intersection([1]), frozenset({1, 2}).difference(*[[1], [2]]))
v = {1, 2}
v.update(v)
v.intersection_update(v, v)
print(v)
w = set('hello')
w.intersection_update('world')
print(sorted(w))
