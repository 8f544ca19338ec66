# collections.ChainMap and UserDict/UserList/UserString: lookups through the chain, writes to
# the first map, children and parents, and the wrappers' dict/list/str behaviour.
from collections import ChainMap, UserDict, UserList, UserString


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm, cm['user'], cm['color'], cm.get('nope'), cm.get('color', 'x'), len(cm), list(cm), 'color' in cm)
cm['color'] = 'blue'
print(cli, cm['color'], defaults['color'])
del cm['color']
print(cm['color'], dict(cm), sorted(cm.items()), list(cm.keys()), list(cm.values()))
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.maps[0], len(child.maps))
print(cm.new_child({'a': 1}), cm.new_child(b=2), cm.new_child({'c': 3}, d=4))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
c2 = cm.copy()
c2['new'] = 1
print('new' in cm, c2.maps[1] is cm.maps[1])
print(cm | {'z': 26}, {'z': 26} | ChainMap({'a': 1}, {'b': 2}))
cm |= {'w': 0}
print(cm.maps[0])
print(cm.pop('w'), cm.popitem() if cm.maps[0] else None, cm.maps[0])
cm.clear()
print(cm, cm == ChainMap({}, env, defaults), cm == dict(env, **defaults) | env)
rec = ChainMap()
rec.maps[0]['r'] = rec
print(rec)
attempt('missing', lambda: ChainMap({'a': 1})['b'])
attempt('del missing', lambda: ChainMap({}, {'a': 1}).__delitem__('a'))
attempt('pop missing', lambda: ChainMap().pop('q'))
attempt('popitem empty', lambda: ChainMap({}, {'a': 1}).popitem())
print(ChainMap().pop('q', 'dflt'))
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'
print(DefaultChain({'a': 1})['b'])

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('z', 0), list(ud), ud.data, isinstance(ud, dict))
del ud['a']
print(ud, ud.pop('b'), ud.setdefault('d', 4), ud, ud.copy(), type(ud.copy()).__name__)
print(ud | {'e': 5}, {'e': 5} | ud, UserDict.fromkeys('xy', 1), ud == {'c': 3, 'd': 4})
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['zz'], m.get('zz'), m.copy(), type(m.copy()).__name__)
attempt('ud missing', lambda: UserDict()['k'])
ud.update([('p', 1)], q=2)
print(ud, sorted(ud.items()), ud.popitem())

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul + [9], [0] + ul, ul * 2, 2 * ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul.index(3), ul.count(1), 3 in ul, ul == [1, 2, 3, 5], ul < [2], ul.copy())
ul.reverse()
ul += (4,)
ul *= 2
print(ul, list(reversed(ul)))
ul.remove(4)
del ul[0]
ul[0] = 'x'
print(ul, UserList(), UserList('ab'), UserList(UserList([1])))
ul.clear()
print(ul, type(UserList([1]).copy()).__name__)
attempt('ul index', lambda: UserList([1]).index(2))
attempt('ul pop', lambda: UserList().pop())

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], us.upper(), us.lower(), us.split(), us.replace('l', 'L'))
print(us + '!', '>' + us, us * 2, us == 'Hello World', us < 'Z', 'World' in us, us.find('o'), us.count('l'))
print(us.startswith('He'), us.endswith('x'), us.strip('Hd'), us.center(15, '*'), us.zfill(13), us.title(), us.swapcase())
print(type(us.upper()).__name__, us.isalpha(), us.join(['a', 'b']), us.partition(' '), us.encode(), hash(us) == hash('Hello World'))
print(UserString(42), UserString(us), int(UserString('7')) + 1, float(UserString('1.5')), us.index('W'), us.rfind('o'))
print(us.format(), UserString('%s!') % 'hi', sorted(UserString('cab')), list(reversed(UserString('abc'))))
attempt('us index', lambda: us.index('q'))
