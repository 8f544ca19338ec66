# dict(), dict.update() with mappings, pairs, kwargs, and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict())
print(dict({'a': 1}, b=2))
print(dict([('a', 1), ('b', 2)], a=3))
print(dict(zip('abc', range(3))))
print(dict([['x', 1], 'yz', b'12', (3, 4)]))
print(dict(x=1, y=2))
print(dict({1: 2}.items()))
show('len3', lambda: dict([(1, 2, 3)]))
show('len1', lambda: dict([(1, 2), (1,)]))
show('str elt', lambda: dict(['abc']))
show('int elt', lambda: dict([1]))
show('int', lambda: dict(5))
show('two pos', lambda: dict({}, {}))
show('none', lambda: dict(None))
show('unhashable', lambda: dict([([1], 2)]))

d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)])
d.update(d=4)
d.update({'a': 0}, e=5)
d.update()
print(d)
show('update len3', lambda: d.update([(1, 2, 3)]))
show('update #2', lambda: d.update([(1, 2), (3, 4), (5,)]))
show('update int', lambda: d.update(1))
show('update 2 args', lambda: d.update({}, {}))
print(d)

class KeysOnly:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()))
d2 = {}
d2.update(KeysOnly())
print(d2)

class KeysNoGet:
    def keys(self):
        return [1]
show('keys no getitem', lambda: dict(KeysNoGet()))

class BadKeys:
    keys = 5
show('bad keys', lambda: dict(BadKeys()))

class Pairs:
    def __iter__(self):
        return iter([(1, 'one'), (2, 'two')])
print(dict(Pairs()))

# mapping that is a dict subclass with overridden keys -> keys used? (dict subclass fast path uses storage unless __iter__/keys overridden)
class DSub(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'G' + k
ds = DSub(only=1, other=2)
print(dict(ds))
d3 = {}
d3.update(ds)
print(d3)
print({**ds})

# iterator of pairs is consumed lazily and errors index counts
def gen():
    yield ('a', 1)
    yield ('b', 2)
    yield 'xyz'
show('gen', lambda: dict(gen()))

# kwargs override positional keys in order
print(dict({'b': 1, 'a': 2}, b=3, c=4))
print(dict([('a', 1)], **{'a': 9, 'z': 0}))
# |= with pairs
e = {'a': 1}
e |= [('b', 2)]
print(e)
show('|= int', lambda: e.__ior__(5))
show('| list', lambda: {'a': 1} | [('b', 2)])
print({'a': 1, 'b': 2} | {'b': 3, 'c': 4})
print({'a': 1}.__or__([]))
