# enumerate, zip, reversed over containers; strict zip; reversed protocols.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)))
print(list(enumerate('ab', start=-2)), list(enumerate(range(2), 2**64)))
show('enumerate float start', lambda: enumerate('a', 1.5))
show('enumerate no args', lambda: enumerate())
show('enumerate int', lambda: enumerate(5))
e = enumerate({'x': 1, 'y': 2})
print(next(e), next(e))
show('enumerate exhausted', lambda: next(e))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip(range(3), 'xy', (True, False, None))))
show('zip strict ok', lambda: list(zip('ab', 'cd', strict=True)))
show('zip strict short second', lambda: list(zip('abc', 'cd', strict=True)))
show('zip strict short first', lambda: list(zip('a', 'cd', strict=True)))
show('zip strict third', lambda: list(zip('ab', 'cd', 'e', strict=True)))
show('zip int', lambda: zip(1))
show('zip int second', lambda: zip('a', 2))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
it = iter([1, 2, 3, 4])
print(list(zip(it, 'ab')), list(it))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed(b'xy')))
show('reversed set', lambda: reversed({1, 2}))
show('reversed gen', lambda: reversed(x for x in 'a'))
show('reversed int', lambda: reversed(5))
show('reversed frozenset', lambda: reversed(frozenset()))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Seq())), list(Seq()), list(enumerate(Seq())))
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show('reversed None', lambda: reversed(NoRev()))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
show('reversed bad len', lambda: reversed(BadLen()))
l = [1, 2, 3]
r = reversed(l)
print(r.__length_hint__(), next(r), r.__length_hint__())
l.append(4)
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(list(r), r.__length_hint__())
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(1))).__name__)
print(type(reversed('a')).__name__, type(reversed({})).__name__, type(zip()).__name__, type(enumerate('')).__name__)
d = {1: 'a', 2: 'b'}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for a, b in zip(reversed(range(3)), enumerate('xyz')):
    print(a, b)
