# + and * on lists and tuples: the other operand's reflected methods go first, direct dunder
# calls raise instead of returning NotImplemented, subclasses overriding one side.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Refl:
    def __radd__(self, other): return 'radd(%r)' % (other,)
    def __rmul__(self, other): return 'rmul(%r)' % (other,)
    def __index__(self): return 2
show('list + Refl', lambda: [1] + Refl())
show('tuple + Refl', lambda: (1,) + Refl())
show('list * Refl', lambda: [1] * Refl())
show('tuple * Refl', lambda: (1,) * Refl())
show('Refl * list', lambda: Refl() * [1])
class IndexOnly:
    def __index__(self): return 3
show('list * IndexOnly', lambda: [0] * IndexOnly())
show('IndexOnly * tuple', lambda: IndexOnly() * ('a',))
show('list.__add__ tuple', lambda: [].__add__(()))
show('list.__add__ list', lambda: [1].__add__([2]))
show('tuple.__add__ list', lambda: ().__add__([]))
show('list.__mul__ str', lambda: [1].__mul__('a'))
show('list.__rmul__ float', lambda: [1].__rmul__(1.5))
show('tuple.__mul__ None', lambda: (1,).__mul__(None))
show('list.__imul__ str', lambda: [1].__imul__('x'))
show('list.__iadd__ int', lambda: [1].__iadd__(3))
show('list.__mul__ Index', lambda: [7].__mul__(IndexOnly()))
show('list * list', lambda: [1] * [2])
show('tuple * tuple', lambda: (1,) * (2,))
show('list * huge', lambda: [1] * 2**64)
show('list + None', lambda: [1] + None)
show('None + list', lambda: None + [1])
show('int + list', lambda: 1 + [1])
show('list - list', lambda: [1] - [1])
def iadd_refl():
    l = [1]
    l += Refl()
    return l
show('list += Refl', iadd_refl)
def imul_refl():
    t = (1,)
    t *= Refl()
    return t
show('tuple *= Refl', imul_refl)
def imul_str():
    l = [1]
    l *= 'x'
show('list *= str', imul_str)
def iadd_tuple():
    t = (1,)
    t += [2]
show('tuple += list', iadd_tuple)
class AddL(list):
    def __add__(self, other):
        return ('AddL.add', super().__add__(other))
    def __mul__(self, other):
        return ('AddL.mul', super().__mul__(other))
show('AddL + list', lambda: AddL([1]) + [2])
show('list + AddL', lambda: [2] + AddL([1]))
show('AddL * 2', lambda: AddL([1]) * 2)
show('2 * AddL', lambda: 2 * AddL([1]))
show('AddL + tuple', lambda: AddL([1]) + (2,))
show('AddL * str', lambda: AddL([1]) * 'no')
def addl_imul():
    x = AddL([1])
    x *= 2
    return x
show('AddL *= 2', addl_imul)
class RaddL(list):
    def __radd__(self, other):
        return 'RaddL.radd'
show('list + RaddL', lambda: [1] + RaddL([2]))
show('RaddL + list', lambda: RaddL([2]) + [1])
class T(tuple):
    pass
show('T + tuple', lambda: type(T((1,)) + (2,)).__name__)
show('T * 1', lambda: type(T((1,)) * 1).__name__)
show('1 * T', lambda: type(1 * T((1,))).__name__)
show('sum lists', lambda: sum([[1], [2]], []))
show('sum tuples Refl', lambda: sum([Refl()], (0,)))
