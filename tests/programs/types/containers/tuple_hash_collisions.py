# Tuple hashing: order sensitivity, nesting, many distinct tuples, hash caching semantics.
pairs = [(i, j) for i in range(-3, 4) for j in range(-3, 4)]
hashes = {hash(p) for p in pairs}
print(len(pairs), len(hashes))
print([hash(p) for p in pairs[:6]])
print(hash((1, 2)) != hash((2, 1)), hash(((1, 2), 3)) != hash((1, (2, 3))))
print(hash((-1,)), hash((-2,)), hash((-1, -1)), hash((-2, -2)))
print(hash((None, None)), hash((True, False)), hash(('', b'')))
print(hash((0.5, -0.5)), hash((float('inf'),)), hash((10**40,)))
print(hash(tuple(range(50))), hash(tuple('hello')), hash(tuple([()] * 5)))
class CountHash:
    calls = 0
    def __hash__(self):
        CountHash.calls += 1
        return 42
c = CountHash()
t = (c, c)
hash(t)
hash(t)
print(CountHash.calls)
class BigHash:
    def __hash__(self):
        return 2**100 + 12345
print(hash(BigHash()), hash((BigHash(),)))
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()), hash((NegHash(),)) == hash((-2,)))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int):
            def __hash__(self): return 999
        return I(7)
print(hash(IntSubHash()))
s = set(pairs)
print(len(s), (0, 0) in s, (3, -3) in s, (4, 4) in s)
print(list(s)[:10])
d = {p: i for i, p in enumerate(pairs)}
print(d[(2, -1)], d.get((9, 9)), len(d))
print(hash(('a', ('b', ('c', ())))))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, [2][0], 3)) == hash((1, 2, 3)))
