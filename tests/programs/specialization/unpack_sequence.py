# UNPACK_SEQUENCE_{TWO_TUPLE,TUPLE,LIST}: unpacking exact tuples and lists of the expected
# length. Wrong lengths (error messages), other iterables, subclasses with __iter__.
WARM = 200


def un2(s):
    a, b = s
    return a, b


def un3(s):
    a, b, c = s
    return c


def swap(a, b):
    a, b = b, a
    return a, b


for i in range(WARM):
    un2((i, i))
    un3([1, 2, i])
    un3((1, 2, 3))
    swap(i, 1)
for s in ((1, 2, 3), (1,), (), [1, 2], [1], 'ab', 'abc', {1: 2, 3: 4}, {7, 8}, range(2), iter([5, 6]),
          (x for x in 'pq'), b'xy', None, 5, 1.5):
    try:
        print(un2(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ([1, 2], [1, 2, 3, 4], (1, 2), (1, 2, 3, 4), 'abc', b'abc', bytearray(b'xyz'), [], ()):
    try:
        print(un3(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(swap('x', 'y'), swap([1], (2,)))


class SubTuple(tuple):
    def __iter__(self):
        return iter(['SubTuple', '__iter__'])


class SubList(list):
    def __iter__(self):
        return iter(['SubList', '__iter__'])


class PlainTuple(tuple):
    pass


print(un2(SubTuple((1, 2, 3))), un2(SubList([9])), un2(PlainTuple((3, 4))))


def endless():
    n = 0
    while True:
        yield n
        n += 1


try:
    un2(endless())
except ValueError as e:
    print('ValueError:', e)


class Len3:
    def __iter__(self):
        return iter([1, 2, 3])

    def __len__(self):
        return 3


class NotIterable:
    pass


class BadIter:
    def __iter__(self):
        raise RuntimeError('iter failed')


for obj in (Len3(), NotIterable(), BadIter()):
    try:
        un2(obj)
    except (ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


# A list that changes length between unpackings at the same site.
grow = [1, 2, 3]
for _ in range(3):
    try:
        print(un3(grow))
    except ValueError as e:
        print('ValueError:', e)
    grow.append(len(grow) + 1)


# Unpacking in for targets and with a star.
def pairs(items):
    out = []
    for k, v in items:
        out.append(k + v)
    return out


for _ in range(WARM):
    pairs([(1, 2), (3, 4)])
print(pairs([[1, 2], 'ab', (5, 6), {7: 0, 8: 0}]))
try:
    pairs([(1, 2), (1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)


def starred(s):
    a, *b, c = s
    return a, b, c


for _ in range(WARM):
    starred((1, 2, 3))
print(starred([1, 2]), starred('abcd'))
try:
    starred((1,))
except ValueError as e:
    print('ValueError:', e)
