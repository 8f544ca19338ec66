# Keys that compare equal collapse: 1, 1.0, True; -0.0 and 0; numeric tower in dicts and sets.
d = {}
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d), type(list(d)[0]).__name__)
d = {True: 'x', 1: 'y'}
print(d)
d = {1.0: 'x', True: 'y', 1: 'z'}
print(d, list(d.keys())[0].__class__.__name__)
d = {0: 'zero'}
d[-0.0] = 'negzero'
d[False] = 'false'
d[0j] = 'complex'
print(d)
s = {1, 1.0, True}
print(s, type(s.pop()).__name__)
s = {True, 1.0, 1}
print(s)
s = {0.0, 0, False, -0.0}
print(s)
print({2: 'a', 2.0: 'b', 2 + 0j: 'c'})
print({10**20: 'big', float(10**20): 'float'})
print({2**53 + 1: 'i', float(2**53 + 1): 'f'})
print({0.5: 'half', 1/2: 'again'})
print(1 in {1.0: 0}, 1.0 in {True}, True in {1}, 0 in {0j}, 1j in {1j}, complex(1, 0) in {1})
d = {1: 'int'}
print(d[1.0], d[True], d.get(1 + 0j), d.pop(True), d)
d = {'a': 1, 'a': 2, 'b': 3, 'a': 4}
print(d)
print(dict([(1, 'a'), (1.0, 'b'), (True, 'c')]))
print(dict.fromkeys([1, 1.0, True, 2, 2.0]))
print(set([1, 1.0, True, 2, 2.0]))
print({**{1: 'a'}, **{1.0: 'b'}})
print({1: 'a'} | {True: 'b'})
d = {1: 'a'}
d.update({1.0: 'b'})
print(d, type(list(d)[0]).__name__)
d.setdefault(True, 'c')
print(d)
class MyInt(int):
    pass
d = {MyInt(5): 'sub'}
d[5] = 'int'
print(d, type(list(d)[0]).__name__)
class EqInt(int):
    def __eq__(self, o): return True
    def __hash__(self): return 5
d = {5: 'five'}
print(EqInt(0) in d, d.get(EqInt(0)))
d[EqInt(0)] = 'eq'
print(d)
class HStr(str):
    pass
d = {'k': 1}
d[HStr('k')] = 2
print(d, type(list(d)[0]).__name__)
print({'a': 1} == {HStr('a'): 1})
nan = float('nan')
d = {nan: 1}
d[nan] = 2
d[float('nan')] = 3
print(len(d), d[nan])
print(len({float('nan'), float('nan')}), len({nan, nan}))
print({(1, 2): 'a', (1.0, 2.0): 'b'}, {(1, (True,)): 'x', (1.0, (1,)): 'y'})
print({frozenset([1]): 'a', frozenset([1.0]): 'b'})
