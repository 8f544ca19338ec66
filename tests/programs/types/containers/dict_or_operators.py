# dict | dict, |=, comparisons with subclasses and non-dicts.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a | {}, {} | a)
c = a | b
print(c is not a, a)
a2 = a
a |= b
print(a, a2 is a)
a |= [('w', 0)]
print(a)
a |= {}.items()
show('| list', lambda: a | [('k', 'v')])
show('| set', lambda: a | {1})
show('|= int', lambda: a.__ior__(1))
show('|= bad pairs', lambda: a.__ior__([(1, 2, 3)]))
show('__or__ list', lambda: a.__or__([]))
show('__ror__', lambda: a.__ror__({'q': 0}))
show('__ror__ list', lambda: a.__ror__([]))
class D(dict):
    pass
d = D(p=1)
print(type(d | {}).__name__, type({} | d).__name__, type(d | d).__name__)
d |= {'q': 2}
print(type(d).__name__, d)
class Ror:
    def __ror__(self, other):
        return 'ror ' + str(type(other).__name__)
    def __or__(self, other):
        return 'or'
print({} | Ror(), Ror() | {})
class DictRor(dict):
    def __ror__(self, other):
        return 'subclass ror'
print({'a': 1} | DictRor(b=2))
class KeysMapping:
    def keys(self):
        return ['m']
    def __getitem__(self, k):
        return 'M'
e = {'e': 0}
e |= KeysMapping()
print(e)
show('| mapping', lambda: {'e': 0} | KeysMapping())
print({1: 'a'} == {1: 'a'}, {1: 'a'} == D({1: 'a'}), D({1: 'a'}) == {1: 'a'})
show('< dicts', lambda: {1: 1} < {1: 1})
show('>= dicts', lambda: {} >= {})
print({1: 2} != {1: 2.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
class EqCount:
    count = 0
    def __eq__(self, o):
        EqCount.count += 1
        return True
    __hash__ = object.__hash__
x = EqCount()
print({1: x} == {1: EqCount()}, EqCount.count)
print({1: x} == {1: x}, EqCount.count)
print({1: 1, 2: 2} == {1: 1}, {1: 1} == {2: 1})
print(dict.__or__({'a': 1}, {'b': 2}), dict.__ior__({'a': 1}, {'a': 2}))
