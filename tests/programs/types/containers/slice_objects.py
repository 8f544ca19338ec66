# slice objects: attributes, indices(), repr, equality, hashing (3.12+).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = slice(5)
print(s, s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(repr(s), str(s))
print(slice('a', [1], None), slice(None, None, None), slice(1.5, -2))
for sl in (slice(None), slice(None, None, -1), slice(2, 8), slice(-3, None), slice(-100, 100),
           slice(10, 2, -3), slice(None, -1, 2), slice(5, 100, -1), slice(-1, -11, -2)):
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
show('indices neg len', lambda: slice(1).indices(-1))
show('indices zero step', lambda: slice(None, None, 0).indices(5))
show('indices str', lambda: slice('a').indices(5))
show('indices float', lambda: slice(1.5).indices(5))
show('indices noargs', lambda: slice(1).indices())
print(slice(10**30, -10**30, -1).indices(5))
class I:
    def __index__(self): return 2
print(slice(I(), None, I()).indices(9))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3), slice(0) > slice(None, -1))
show('cmp none', lambda: slice(None) < slice(1))
print(slice(1, 2) == (1, 2), slice(1.0, 2) == slice(1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1, 2)) == hash(slice(2, 1)))
d = {slice(1, 2): 'a', slice(None): 'b'}
print(d[slice(1, 2)], d[slice(None, None)])
show('hash unhashable', lambda: hash(slice([], 1)))
show('hash dict', lambda: hash(slice(1, 2, {})))
show('no args', lambda: slice())
show('4 args', lambda: slice(1, 2, 3, 4))
show('kwargs', lambda: slice(start=1))
show('setattr', lambda: setattr(slice(1), 'start', 2))
show('subclass', lambda: type('S', (slice,), {}))
print(type(slice(1)).__name__, isinstance(slice(1), slice))
class Rec:
    def __getitem__(self, k): return k
r = Rec()
print(r[1:2], r[::], r[:], r[1:2, 3], r[..., 1:], r[::-1], r[:2:])
print([0, 1, 2, 3, 4][slice(1, None, 2)], 'abcdef'[slice(-2, None)], (1, 2, 3)[slice(None, None, -1)])
show('list float slice', lambda: [1, 2][slice(1.0, 2)])
show('list str step', lambda: [1, 2][::'a'])
print(slice(1, 2, 3).__reduce__())
