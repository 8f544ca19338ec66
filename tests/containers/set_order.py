# set and frozenset: iteration order (PYTHONHASHSEED=0), algebra, hashes, subclasses.
s = {3, 1, 2, 100, -5, 'a', 'bc', (1, 2)}
print(s)
s.add(7); s.discard(1); s.discard(999); print(s, len(s))
print(s.pop(), s)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2}.union([5, 6], (7,)), {1, 2, 3}.intersection([2, 3, 9]), {1, 2, 3}.difference([1], [2]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset([1]), {1}.issubset([1, 2]), {1, 2}.issuperset([1]))
print({1}.isdisjoint({2}), {1}.isdisjoint([1]))
print(set(), frozenset(), frozenset([1, 2]), set('hello'))
fs = frozenset([1, 2, 3]); print(hash(fs), hash(frozenset()), fs | {4}, type(fs | {4}), type({4} | fs))
print({frozenset([1]): 'x'}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
s = set(range(20)); 
for i in range(0, 20, 3): s.discard(i)
print(s)
s2 = set(); s2.update(range(50, 0, -7), 'xyz'); print(s2)
s3 = {1, 2, 3}; s3 &= {2, 3, 4}; print(s3); s3 |= {9}; print(s3); s3 -= {2}; print(s3); s3 ^= {3, 10}; print(s3)
print(sorted({5, 3, 1}), list(set([10, 20, 30, 40, 50, 60, 70, 80, 90])))
print(set([-1, -2, -3, 2**62, 2**64, -2**63]))
print({(1, 2), (2, 1), (0, 0)}, {'apple', 'banana', 'cherry', 'date'})
class S(set): pass
print(S([1, 2]), S(), type(S([1]) | {2}), frozenset.__name__)
x = {1, 2}
print(x.copy(), x.__contains__(1), set.__len__(x), {1, 2, 3}.symmetric_difference([3, 4]))
d = dict.fromkeys('abcdef'); print(set(d), set(d.keys()))
print({i * 37 % 101 for i in range(30)})
print(frozenset({1: 2}), set(iter([4, 3])))
