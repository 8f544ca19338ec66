# Required test: with PYTHONHASHSEED=0 the iteration order of sets of strings,
# ints and tuples matches CPython's.
import sys
print(sys.flags.hash_randomization)
words = {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'}
print(words)
print(sorted(words) == sorted(list(words)))
print(list(words))
letters = set('abcdefghijklmnopqrstuvwxyz')
print(''.join(letters))
print(set('mississippi'))
print({'', 'a', 'ab', 'abc', 'é', 'ñu', '日本', '\U0001f600'})
ints = {5, 3, 17, 100, 42, 8, 1 << 40, -1, -2, 0}
print(ints)
print({10**20, 2**64, 2**63 - 1, -2**63, 2**61 - 1, 2**61, -(2**61)})
tuples = {(1, 2), (2, 1), (0,), (), ('a', 1), (1, ('b', 2)), (None, True)}
print(tuples)
mixed = {1, 'one', (1,), 1.5, None, False, b'one', frozenset({1})}
print(mixed)
print({1.5, 2.25, -0.5, 1e100, 1e-100, float('inf'), -float('inf')})
print({x * 0.1 for x in range(12)})
s = {'k%d' % i for i in range(30)}
print(s)
for w in ('k3', 'k11', 'k25'):
    s.discard(w)
print(s)
s.add('k11')
s.add('new')
print(s)
print(frozenset(words))
print({frozenset({'a'}), frozenset({'a', 'b'}), frozenset()})
print(hash('apple'), hash(''), hash('a'), hash('é'), hash('日本'), hash('\U0001f600'))
print(hash(('a', 1)), hash(()), hash((1, 2)), hash(('apple', ('x',))))
print(hash(b'apple'), hash(b''), hash(frozenset({'a', 'b'})))
d = {w: len(w) for w in words}
print(set(d), set(d.items()) == set(zip(d, d.values())))
print(set(d.items()))
