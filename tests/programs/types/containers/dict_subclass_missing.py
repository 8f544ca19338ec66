# dict subclasses: __missing__, overridden __getitem__/__setitem__ and which builtins honour them.
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default()
print(d['abc'], d, d.get('zz'), 'zz' in d, d.setdefault('q', 0), d)
try:
    d.pop('none')
except KeyError as e:
    print('KeyError', e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
class BadMissing(dict):
    __missing__ = None
try:
    BadMissing()['x']
except TypeError as e:
    print('TypeError', e)
class RaisingMissing(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + str(key))
try:
    RaisingMissing()['x']
except KeyError as e:
    print('KeyError', e)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u['a'] = 1
print(u, u['A'], u['a'])
u.update(b=2)
u.setdefault('c', 3)
print(u)
print(Upper(x=1), dict(Upper(y=2)))
print({**u}, dict(u), list(u.items()))
class Logged(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def keys(self):
        print('keys called')
        return super().keys()
lg = Logged(a=1, b=2)
print(dict(lg))
new = {}
new.update(lg)
print(new)
print({**lg})
def f(**kw):
    return kw
print(f(**lg))
print(lg.get('a'), 'a' in lg)
class Iterish(dict):
    def __iter__(self):
        return iter(['fake'])
it = Iterish(real=1)
print(list(it), dict(it), {**it}, list(it.keys()), it.copy())
print(type(it.copy()).__name__, type(Default(a=1) | {}).__name__)
class Eqd(dict):
    def __eq__(self, o):
        return 'custom'
print(Eqd() == {}, {} == Eqd(), Eqd() != {})
class WithInit(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self['init'] = True
print(WithInit(x=1), WithInit.fromkeys('ab'))
print(isinstance(c, dict), type(c).__mro__[1].__name__, c.__class__.__name__)
