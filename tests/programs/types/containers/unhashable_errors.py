# Unhashable types in hashing contexts: messages name the type.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('set list', lambda: {[1]})
show('set dict', lambda: {{}})
show('set set', lambda: {set()})
show('set bytearray', lambda: {bytearray()})
show('dict key list', lambda: {[1]: 2})
show('dict key set', lambda: {set(): 2})
show('frozenset list', lambda: frozenset([[1]]))
show('hash list', lambda: hash([]))
show('hash tuple of list', lambda: hash((1, 2, [3])))
show('hash nested', lambda: hash((1, (2, {3: 4}))))
show('set.add', lambda: set().add([]))
show('set.discard', lambda: set().discard([]))
show('set.remove', lambda: set().remove([]))
show('in set', lambda: [] in {1, 2})
show('in frozenset', lambda: {} in frozenset())
show('dict get', lambda: {}.get([]))
show('dict pop', lambda: {}.pop([], 1))
show('dict setdefault', lambda: {}.setdefault([]))
show('dict del', lambda: {}.__delitem__([]))
show('dict fromkeys', lambda: dict.fromkeys([[]]))
show('dict update', lambda: {}.update([([], 1)]))
show('dict kw', lambda: dict([([1], 2)]))
show('set update', lambda: set().update([[1]]))
show('set union', lambda: {1} | {1: 2}.keys() | set([[1]]))
show('set comp', lambda: {x for x in [[1]]})
show('dict comp', lambda: {x: 1 for x in [[1]]})
show('dict view &', lambda: {1: 2}.items() & [[1, 2]])
class U:
    __hash__ = None
show('custom none hash', lambda: {U()})
class EqOnly:
    def __eq__(self, o):
        return False
show('eq only', lambda: {EqOnly()})
class EqOnlySub(EqOnly):
    __hash__ = object.__hash__
print('sub with hash', len({EqOnlySub()}))
class LS(list):
    pass
show('list sub', lambda: {LS()})
class LSH(list):
    def __hash__(self):
        return 7
print('list sub hash', hash(LSH([1])), len({LSH([1]), LSH([1])}))
show('slice of list', lambda: {slice([], 1)})
print('slice ok', len({slice(1, 2), slice(1, 2)}))
show('dict in dict', lambda: {1: 2} in {})
show('type hash', lambda: hash(list) == hash(list))
print('method hash', hash([].append) == hash([].append) if False else 'skip')
show('hash int-like', lambda: hash(memoryview(bytearray(b'a'))))
show('hash complex list', lambda: hash(([], 1j)))
d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print('TypeError', e, len(d))
s = {1}
try:
    s |= {(1, [2])}
except TypeError as e:
    print('TypeError', e, s)
