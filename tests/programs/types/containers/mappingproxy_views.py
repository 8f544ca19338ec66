# mappingproxy (type __dict__ and dict view .mapping): read-only access, methods, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'b': 2, 'a': 1}
mp = d.keys().mapping
print(type(mp).__name__, mp, len(mp), mp['a'], 'b' in mp, list(mp), list(mp.items()))
print(mp.get('z', 0), mp.keys(), mp.values(), mp.copy(), type(mp.copy()).__name__)
d['c'] = 3
print(mp, mp == d, mp == {'a': 1, 'b': 2, 'c': 3}, list(reversed(mp)))
show('setitem', lambda: mp.__setitem__('x', 1))
def assign():
    mp['x'] = 1
show('assign', assign)
def delete():
    del mp['a']
show('delete', delete)
show('pop', lambda: mp.pop('a'))
show('missing', lambda: mp['missing'])
show('hash', lambda: hash(mp))
print(mp | {'z': 0}, type(mp | {'z': 0}).__name__, {'z': 0} | mp)
def ior():
    m = mp
    m |= {'q': 1}
show('|=', ior)
class K:
    x = 1
    def f(self): pass
kd = K.__dict__
print(type(kd).__name__, kd['x'], 'f' in kd, '__module__' in kd, kd.get('nope'))
show('class dict set', lambda: kd.__setitem__('y', 2))
K.y = 5
print(kd['y'])
MP = type(kd)
print(MP({'a': 1}), MP({'a': 1})['a'], repr(MP({})))
show('mappingproxy list', lambda: MP([1, 2]))
show('mappingproxy int', lambda: MP(1))
show('mappingproxy no args', lambda: MP())
inner = {'k': [1]}
p = MP(inner)
inner['k'].append(2)
inner['n'] = 0
print(p, len(p), str(p))
print(p.items() == inner.items(), sorted(p.keys() | {'z'}))
it = iter(p)
print(next(it), next(it))
print(int.__dict__['__add__'] is not None, type(int.__dict__).__name__)
print(MP({1: 2}) == MP({1: 2}), MP({1: 2}) != {1: 3})
class Missing(dict):
    def __missing__(self, k):
        return 'missing ' + k
mm = MP(Missing(a=1))
print(mm['a'], mm['zzz'])
