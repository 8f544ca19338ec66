# Slice assignment from various iterables; deleting via slices; extended-slice size errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

base = list(range(8))
def assign(s, value):
    l = base[:]
    l[s] = value
    return l
show('tuple', lambda: assign(slice(1, 3), (9, 9, 9)))
show('str', lambda: assign(slice(0, 0), 'hey'))
show('range', lambda: assign(slice(6, None), range(3)))
show('gen', lambda: assign(slice(2, 4), (x * 10 for x in range(4))))
show('dict', lambda: assign(slice(None, 2), {'a': 1, 'b': 2}))
show('set', lambda: assign(slice(0, 8), {5}))
show('bytes', lambda: assign(slice(3, 3), b'AB'))
show('empty', lambda: assign(slice(2, 6), []))
show('int', lambda: assign(slice(1, 2), 7))
show('None', lambda: assign(slice(1, 2), None))
show('ext tuple', lambda: assign(slice(None, None, 2), (0, 0, 0, 0)))
show('ext gen', lambda: assign(slice(1, None, 2), (c for c in 'wxyz')))
show('ext too many', lambda: assign(slice(None, None, 2), range(5)))
show('ext too few', lambda: assign(slice(None, None, 3), 'ab'))
show('ext neg', lambda: assign(slice(None, None, -3), 'abc'))
show('ext int', lambda: assign(slice(None, None, 2), 1))
show('ext empty to empty', lambda: assign(slice(3, 3, 2), []))
show('ext empty to nonempty', lambda: assign(slice(3, 3, 2), [1]))
show('ext one', lambda: assign(slice(7, None, 5), ['last']))
show('huge step', lambda: assign(slice(None, None, 10**30), ['h']))
show('neg huge step', lambda: assign(slice(None, None, -10**30), ['h']))
show('step -1 all', lambda: assign(slice(None, None, -1), 'abcdefgh'))
show('bigint bounds', lambda: assign(slice(-10**30, 10**30), [1]))
show('bad bound type', lambda: assign(slice('a', 2), [1]))
class Idx:
    def __index__(self): return 2
show('index bounds', lambda: assign(slice(Idx(), Idx()), 'Z'))
show('index step', lambda: assign(slice(None, None, Idx()), 'abcd'))
def dels(s):
    l = base[:]
    del l[s]
    return l
show('del ext', lambda: dels(slice(1, None, 3)))
show('del neg ext', lambda: dels(slice(None, None, -2)))
show('del empty ext', lambda: dels(slice(5, 1, 2)))
show('del huge', lambda: dels(slice(10**20, None)))
show('del zero step', lambda: dels(slice(None, None, 0)))
t = (1, 2)
show('tuple slice assign', lambda: t.__setitem__(slice(0, 1), [5]))
s = 'abc'
show('str slice assign', lambda: s.__setitem__(slice(0, 1), 'x'))
ba = bytearray(b'hello')
ba[1:3] = b'EL'
ba[::2] = b'xyz'
print(ba)
show('bytearray ext', lambda: ba.__setitem__(slice(None, None, 2), b'ab'))
