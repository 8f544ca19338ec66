# Every dict method, with edge cases.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2}
show('get', lambda: d.get('a'))
show('get missing', lambda: d.get('z'))
show('get default', lambda: d.get('z', 0))
show('get noargs', lambda: d.get())
show('get unhashable', lambda: d.get([]))
show('setdefault new', lambda: d.setdefault('c', 3))
show('setdefault old', lambda: d.setdefault('a', 100))
show('setdefault none', lambda: d.setdefault('n'))
print(d)
show('pop', lambda: d.pop('n'))
show('pop default', lambda: d.pop('n', 'dflt'))
show('pop missing', lambda: d.pop('n'))
show('pop missing tuple', lambda: d.pop((1, 2)))
show('pop noargs', lambda: d.pop())
show('popitem', lambda: d.popitem())
print(d)
show('keys', lambda: d.keys())
show('values', lambda: d.values())
show('items', lambda: d.items())
c = d.copy()
c['z'] = 26
print(d, c)
d.clear()
show('popitem empty', lambda: d.popitem())
show('missing', lambda: d['nope'])
show('missing int', lambda: d[5])
show('missing tuple', lambda: d[(1,)])
show('missing empty tuple', lambda: d[()])
show('del missing', lambda: d.__delitem__('x'))
show('unhashable set', lambda: d.__setitem__({}, 1))
show('unhashable get', lambda: d[[1]])
show('contains unhashable', lambda: [] in d)
print(dict.fromkeys('abc'))
print(dict.fromkeys([1, 2], []))
fk = dict.fromkeys('xy', [])
fk['x'].append(1)
print(fk)
print(dict.fromkeys(range(3), 0))
print(dict.fromkeys({'q': 1, 'r': 2}, 'v'))
show('fromkeys bad', lambda: dict.fromkeys(5))
show('fromkeys unhashable', lambda: dict.fromkeys([[1]]))
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab'))
print(len({}), len({1: 2, 3: 4}), bool({}), bool({0: 0}))
e = {}
e[1] = 'int'
e[1.0] = 'float'
e[True] = 'bool'
print(e)
e[2.0] = 'f'
e[2] = 'i'
print(e)
print({1: 'a', True: 'b', 1.0: 'c'})
print({0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'})
print(dict(a=1, b=2) == {'b': 2, 'a': 1})
print({1: 1} == {1.0: 1}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
print({'a': [1]} == {'a': [1]}, {} == [], {1: 1}.__eq__(5))
n = float('nan')
print({n: 1} == {n: 1}, {1: n} == {1: n}, {1: float('nan')} == {1: float('nan')})
show('lt', lambda: {} < {})
print(list(reversed({'x': 1, 'y': 2, 'z': 3})))
show('reversed keys', lambda: list(reversed({'x': 1, 'y': 2}.keys())))
show('reversed values', lambda: list(reversed({'x': 1, 'y': 2}.values())))
show('reversed items', lambda: list(reversed({'x': 1, 'y': 2}.items())))
show('hash', lambda: hash({}))
print(dict.__hash__ is None)
