# array.array as a mutable sequence: indexing and slicing with steps, slice assignment and
# deletion, the list-like methods, +, *, +=, *=, in, comparisons, iteration and repr.
import array


def attempt(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)


a = array.array('i', range(10))
print(a, len(a), a[0], a[-1], a[3:7], a[::3], a[::-2], a[-100:100], a[8:2], a[7:2:-2], a[:], a[5:5])
print(attempt(lambda: a[10]), attempt(lambda: a[-11]), attempt(lambda: a['x']), attempt(lambda: a[1.0]),
      attempt(lambda: a[2 ** 70]), attempt(lambda: a[::0]))

b = array.array('i', range(10))
b[0] = 100
b[-1] = -100
b[2:4] = array.array('i', [7, 7, 7])
print(b)
b[1:1] = array.array('i', [55])
b[6:] = array.array('i')
print(b)
b[::2] = array.array('i', [0] * len(b[::2]))
print(b)
b[:] = b
print(b)
b[2:5] = b
print(b)
del b[0]
del b[-1]
del b[1:3]
print(b)
c = array.array('h', range(20))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[5:1]
del c[100:]
print(c)
for f in [lambda: b.__setitem__(50, 1), lambda: b.__setitem__(-50, 1), lambda: b.__delitem__(50),
          lambda: b.__setitem__(slice(0, 2), [1, 2]), lambda: b.__setitem__(slice(0, 2), array.array('d', [1, 2])),
          lambda: b.__setitem__(slice(None, None, 2), array.array('i', [1])), lambda: b.__setitem__('x', 1),
          lambda: b.__delitem__('x'), lambda: b.__setitem__(0, 'x'), lambda: b.__setitem__(0, 2 ** 40),
          lambda: b.__setitem__(0, array.array('i', [1])), lambda: b.__setitem__(slice(0, 1), 5)]:
    print(attempt(f))
print(b)

d = array.array('d', [1.5, 2.5])
d.append(3)
d.extend([4, 5.5])
d.extend(array.array('d', [6.0]))
d.extend(x / 2 for x in range(3))
d.insert(0, -1)
d.insert(100, 99)
d.insert(-2, 42)
d.insert(-100, -99)
print(d, d.count(2.5), d.count(7), d.index(2.5), d.index(0.0, 5), d.index(99, -3, 100))
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(2.5)
d.reverse()
print(d, 5.5 in d, 5 in d, 'x' in d, d.tolist())
for f in [lambda: d.index(1000), lambda: d.index(1.5, 5), lambda: d.index(1.5, 'a'), lambda: d.remove(1000),
          lambda: array.array('d').pop(), lambda: d.pop(100), lambda: d.pop(2 ** 70), lambda: d.insert('a', 1),
          lambda: d.insert(0, 'x'), lambda: d.append(), lambda: d.append(1, 2), lambda: d.extend(1),
          lambda: d.extend(array.array('i', [1])), lambda: d.pop(i=1), lambda: d.index(1.5, start=1),
          lambda: d.count(), lambda: d.reverse(1), lambda: d.extend()]:
    print(attempt(f))
e = array.array('i', [1, 2])
print(attempt(lambda: e.extend([3, 'x', 5])), e)
print(attempt(lambda: e.fromlist([6, 7, 'x'])), e, attempt(lambda: e.fromlist((1,))))
e.fromlist([8, 9])
e.clear()
print(e, len(e))

# Operators.
x = array.array('b', [1, 2, 3])
y = array.array('b', [4])
print(x + y, x * 2, 2 * x, x * 0, x * -1, y * 3)
x += y
x *= 2
print(x)
x *= 1
y *= 0
print(x, y)
for f in [lambda: x + [1], lambda: x + array.array('h', [1]), lambda: x * 'a', lambda: 'a' * x, lambda: x * 1.5,
          lambda: [1] + x, lambda: x.__mul__('a'), lambda: x.__iadd__([1]), lambda: x < [1], lambda: x < 3]:
    print(attempt(f))
try:
    x += [1]
except TypeError as err:
    print(err)
try:
    x *= 'x'
except TypeError as err:
    print(err)

# Comparisons: lexicographic by value, across typecodes too.
pairs = [(array.array('i', [1, 2, 3]), array.array('i', [1, 2, 4])), (array.array('i', [1, 2]), array.array('i', [1, 2, 0])),
         (array.array('i', [1, 2]), array.array('d', [1.0, 2.0])), (array.array('B', [255]), array.array('b', [-1])),
         (array.array('Q', [2 ** 64 - 1]), array.array('d', [2.0 ** 64])), (array.array('w', 'ab'), array.array('w', 'b')),
         (array.array('d', [float('nan')]), array.array('d', [float('nan')])), (array.array('i'), array.array('d'))]
for p, q in pairs:
    print(p, q, p == q, p != q, p < q, p <= q, p > q, p >= q)
print(array.array('w', 'a') == array.array('i', [97]), attempt(lambda: array.array('w', 'a') < array.array('i', [97])))
print(array.array('i', [1]) == [1], array.array('i', [1]) != (1,))

# Iteration sees appends made meanwhile, and stops for good.
f = array.array('i', [1, 2, 3])
out = []
for v in f:
    out.append(v)
    if v == 2:
        f.append(4)
print(out)
it = iter(f)
print(list(it), list(it), type(it).__name__, it.__reduce__())
f.append(5)
print(list(it), list(reversed(f)), sorted(array.array('d', [3, 1, 2])), sum(f), max(f), list(enumerate(array.array('w', 'ab'))))
it = iter(f)
next(it)
print(it.__reduce__())
it.__setstate__(3)
print(list(it))

# repr and str of every kind.
for code in 'bBhHiIlLqQfdw':
    arr = array.array(code, 'xy' if code == 'w' else [1, 2])
    print(repr(arr), str(arr), arr.typecode, arr.itemsize)
print(repr(array.array('f', [0.1])), repr(array.array('d', [1e300, -0.0])), repr(array.array('w', "'\"\n")))
