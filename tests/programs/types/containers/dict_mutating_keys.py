# Keys whose __eq__/__hash__ have side effects: dict and set stay consistent; error propagation.
class Noisy:
    log = []
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        Noisy.log.append('hash ' + self.name)
        return self.h
    def __eq__(self, other):
        Noisy.log.append('eq %s %s' % (self.name, getattr(other, 'name', other)))
        return isinstance(other, Noisy) and self.h == other.h
    def __repr__(self):
        return self.name
a = Noisy('a', 1)
b = Noisy('b', 1)
c = Noisy('c', 2)
d = {a: 1}
d[c] = 2
print(Noisy.log)
Noisy.log.clear()
d[b] = 3
print(d, Noisy.log)
Noisy.log.clear()
print(b in d, a in d, Noisy.log)
Noisy.log.clear()
s = {a, c}
s.add(b)
print(len(s), Noisy.log)
class HashRaises:
    def __hash__(self):
        raise ValueError('no hash for you')
try:
    {HashRaises(): 1}
except ValueError as e:
    print('ValueError', e)
dd = {1: 1}
try:
    dd[HashRaises()] = 2
except ValueError as e:
    print('ValueError', e, dd)
try:
    HashRaises() in dd
except ValueError as e:
    print('ValueError', e)
try:
    {1, 2}.add(HashRaises())
except ValueError as e:
    print('ValueError', e)
class EqRaises:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('eq exploded')
e1 = EqRaises()
dd = {1: 'one'}
try:
    dd[e1] = 'x'
except RuntimeError as ex:
    print('RuntimeError', ex, dd)
dd2 = {e1: 'self'}
print(dd2[e1])
try:
    dd2[EqRaises()]
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    {EqRaises(), EqRaises()}
except RuntimeError as ex:
    print('RuntimeError', ex)
class MutatesDict:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False
target = {}
m1 = MutatesDict(target)
target[m1] = 1
m2 = MutatesDict(target)
try:
    target[m2] = 2
    print('inserted', len(target))
except RuntimeError as ex:
    print('RuntimeError', ex)
class HashChanges:
    def __init__(self):
        self.h = 1
    def __hash__(self):
        return self.h
k = HashChanges()
d = {k: 'v'}
k.h = 2
print(k in d, len(d), list(d.values()))
k.h = 1
print(k in d, d[k])
