# CONTAINS_OP_DICT / CONTAINS_OP_SET: `in` on exact dicts, sets and frozensets. Unhashable
# keys (error messages), sets looked for in sets (as frozensets), keys with their own hash
# and equality, and other containers at warmed sites.
WARM = 200


def has(c, x):
    return x in c


def lacks(c, x):
    return x not in c


s = {1, 2, frozenset({1}), 'a', (1, 2)}
fs = frozenset({1, 2})
d = {1: 'a', (1, 2): 'b', 'k': 'c'}
for i in range(WARM):
    has(s, i)
    has(d, i)
    lacks(fs, i)
print(has(s, {1}), has(s, frozenset({1})), lacks(s, {1}), has(fs, set()), has(s, set()), has({frozenset()}, set()))
print(has(s, 1.0), has(s, True), has(d, 1.0), has(d, True), has(s, (1, 2)), has(d, (1.0, 2)), lacks(d, 'k'))
for c, x in ((s, [1]), (d, [1]), (fs, {}), (d, {1}), (d, (1, [2])), (s, (1, [2])), (fs, bytearray())):
    try:
        print(has(c, x))
    except TypeError as e:
        print('TypeError:', e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other


print(has(s, Key(2)), has(d, Key(1)), has(d, Key('k')), has(fs, Key(3)), lacks(d, Key(99)))


class Unhashable:
    __hash__ = None


class BadHash:
    def __hash__(self):
        raise ValueError('no hash today')


class BadEq:
    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        raise RuntimeError('no eq today')


for c in (s, d, fs):
    for x in (Unhashable(), BadHash(), BadEq()):
        try:
            print(has(c, x))
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)


class ClaimsAll(set):
    def __contains__(self, x):
        return 'ClaimsAll'


class PlainSet(set):
    pass


class DictSub(dict):
    def __contains__(self, x):
        return True


print(has(ClaimsAll(), 1), has(PlainSet({1}), 1), has(PlainSet(), {1}), has(DictSub(), 'x'))
print(has([1, 2], 2), has('abc', 'b'), has(b'abc', 98), has(range(3), 2), has({1: 2}.keys(), 1), has({1: 2}.values(), 2))
print(has(iter([1, 2, 3]), 2), has((x for x in 'ab'), 'b'))
for c, x in ((3, 1), (None, 1), ('abc', 1), (range(3), 'a')):
    try:
        print(has(c, x))
    except TypeError as e:
        print('TypeError:', e)

# Containers changed between tests.
s.discard(1)
d.pop(1)
print(has(s, 1), has(d, 1))
s.clear()
d.clear()
print(has(s, 2), has(d, 'k'))

# NaN is found by identity only; a set subclass is looked for as a frozenset.
nan = float('nan')
print(has({nan}, nan), has({nan}, float('nan')), has({nan: 1}, nan), has({float('nan'): 1}, nan))
print(has({frozenset({1})}, PlainSet({1})), has({frozenset()}, PlainSet()), lacks({frozenset({2})}, PlainSet({1})))
try:
    has({1: 2}, PlainSet())
except TypeError as e:
    print('TypeError:', e)
