# frozenset: immutability, hashing, mixing with set, subclasses, copy identity.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f)
print(frozenset(), frozenset(''), frozenset('aab') == frozenset('ab'))
print(f.copy() is f, frozenset(f) is f)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f & set()).__name__)
print(type(f - {1}).__name__, type({1} - f).__name__, type(f ^ {1}).__name__)
print(f.union([9]), f.intersection({1, 9}), f.difference([1]), f.symmetric_difference([1, 9]))
print(type(f.union()).__name__, f.union() is f)
show('add', lambda: f.add(1))
show('discard', lambda: f.discard(1))
show('update', lambda: f.update([1]))
def ior():
    global f
    g = f
    f |= {10}
    return g is f, sorted(f), sorted(g)
show('|= rebinds', ior)
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset({1, 2})), hash(frozenset({(1, 2), 'x'})), hash(frozenset()))
print(hash(frozenset(range(100))), hash(frozenset({-1, -2})))
s = {frozenset({1}), frozenset({1, 2}), frozenset({2, 1})}
print(len(s), frozenset({1}) in s, {1} in s)
d = {frozenset('ab'): 1}
print(d[frozenset('ba')], d.get({'a', 'b'}, 'set key unhashable?') if False else 'skip')
show('set as dict key', lambda: d[{'a', 'b'}])
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}), frozenset() < frozenset({1}))
nested = frozenset([frozenset([1]), frozenset([frozenset([2])])])
print(len(nested), frozenset([frozenset([2])]) in nested)
print(repr(frozenset([1])), str(frozenset(['a'])))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, repr(fs), type(fs).__name__, type(fs | {3}).__name__, type(fs.copy()).__name__, fs.copy() is fs)
print(FS(), repr(FS()), hash(fs) == hash(frozenset([1, 2])), fs == frozenset([1, 2]))
class S(set):
    pass
ss = S([1])
print(ss, repr(S()), type(ss.copy()).__name__, type(ss | {2}).__name__, type(ss - {1}).__name__)
class FS2(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __repr__(self):
        return 'FS2' + str(sorted(self))
print(FS2([3, 2]), FS2([3, 2]) | {1})
print(frozenset.__hash__ is not None, set.__hash__)
show('frozenset kwargs', lambda: frozenset(iterable=[1]))
show('frozenset 2 args', lambda: frozenset([1], [2]))
show('frozenset unhashable', lambda: frozenset([[1]]))
print(frozenset({1: 'a', 2: 'b'}), frozenset(range(3)), frozenset((x for x in 'zz')))
print(sorted(frozenset({5, 3}).__iter__()), frozenset({1}).__len__())
