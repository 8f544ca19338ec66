# collections.abc: the built-in types' registrations, structural checks through
# __subclasshook__, the mixin methods a subclass gets, and the abstract-method errors.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Collection, Callable, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, AsyncGenerator, Buffer)
from collections import deque, OrderedDict, Counter, defaultdict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cabc.__name__, sorted(cabc.__all__))
samples = {
    'list': [], 'tuple': (), 'str': '', 'bytes': b'', 'bytearray': bytearray(), 'dict': {},
    'set': set(), 'frozenset': frozenset(), 'range': range(3), 'keys': {}.keys(),
    'values': {}.values(), 'items': {}.items(), 'deque': deque(), 'int': 1, 'None': None,
    'iter': iter([]), 'gen': (x for x in []), 'func': len, 'lambda': lambda: 0,
    'OrderedDict': OrderedDict(), 'Counter': Counter(), 'defaultdict': defaultdict(),
    'zip': zip(), 'map': map(len, []), 'reversed': reversed([]),
}
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
        Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
        KeysView, ItemsView, ValuesView, MappingView]
for name, value in samples.items():
    print(f'{name:12}', ' '.join(a.__name__ for a in abcs if isinstance(value, a)))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
print(Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}),
      sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))
print(Sequence.__module__, repr(Mapping), Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int])
print(type(Callable[[int], int]).__name__, Callable[[], None], Callable[[int], int].__args__)

class Seq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
attempt('seq index missing', lambda: s.index(7))
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))

class MSeq(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
ms = MSeq()
ms.append(1)
ms.extend([2, 3, 4])
ms += [5]
ms.reverse()
print(ms.data, ms.pop(), ms.pop(0), ms.data)
ms.remove(3)
print(ms.data)
ms.clear()
print(ms.data)

class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def __repr__(self):
        return f'Map({self.d})'
m = Map(a=1, b=2)
print(m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()), list(m.values()), list(m.items()))
print(m == {'a': 1, 'b': 2}, m == Map(b=2, a=1), m != {'a': 1}, m.keys(), m.items(), m.values())
print(m.keys() & {'a', 'c'}, m.keys() | {'c'}, m.keys() - {'a'}, m.keys() ^ {'a', 'z'}, ('a', 1) in m.items(), 2 in m.values())
print(m.keys() == {'a', 'b'}, m.keys() < {'a', 'b', 'c'}, m.keys() <= {'a'}, len(m.items()), m.keys().isdisjoint({'q'}))
attempt('map hash', lambda: hash(m))
attempt('map reversed', lambda: reversed(m))

class MMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mm = MMap()
mm.update({'a': 1}, b=2)
mm.update([('c', 3)])
print(mm.d, mm.setdefault('a', 9), mm.setdefault('z', 26), mm.pop('b'), mm.pop('q', None), mm.popitem(), mm.d)
attempt('mm pop missing', lambda: mm.pop('nope'))
mm.clear()
attempt('mm popitem empty', lambda: mm.popitem())

class ListSet(MutableSet):
    def __init__(self, it=()):
        self.elements = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self.elements
    def __iter__(self):
        return iter(self.elements)
    def __len__(self):
        return len(self.elements)
    def add(self, x):
        if x not in self.elements:
            self.elements.append(x)
    def discard(self, x):
        if x in self.elements:
            self.elements.remove(x)
    def __repr__(self):
        return f'ListSet({self.elements})'
a = ListSet('abc')
b = ListSet('bcd')
print(a & b, a | b, a - b, a ^ b, a <= b, a < ListSet('abcd'), a == ListSet('cba'), a >= ListSet('a'), a > a)
print(a.isdisjoint('xyz'), a & 'ab', 'ab' & a if False else None, a == {'a', 'b', 'c'})
a |= 'z'
a -= 'a'
print(a)
a &= 'bcz'
a ^= 'cq'
print(a, a.pop(), a)
a.remove('z')
attempt('remove missing', lambda: a.remove('zz'))
a.clear()
attempt('pop empty', lambda: a.pop())
print(a, Set._hash(frozenset()) == hash(frozenset()), Set._hash(frozenset({1, 2})) == hash(frozenset({1, 2})))

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class NotIt:
    __iter__ = None
class Len:
    def __len__(self):
        return 0
class Call:
    def __call__(self):
        pass
class Unhashable:
    __hash__ = None
print(isinstance(It(), Iterator), isinstance(NotIt(), Iterable), isinstance(Len(), Sized), isinstance(Call(), Callable), isinstance(Unhashable(), Hashable))
print(issubclass(It, Iterable), issubclass(It, Collection), issubclass(type, Callable))

class Gen(Generator):
    def __init__(self):
        self.n = 0
    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
g = Gen()
print(list(g), isinstance(g, Iterator), next(iter(Gen())))
g.close()

attempt('abstract seq', lambda: Sequence())
attempt('abstract map', lambda: Mapping())
attempt('abstract mutable seq', lambda: MutableSequence())
class Half(Mapping):
    def __getitem__(self, k):
        return k
attempt('half', lambda: Half())
print(Sized.__subclasshook__(list), Sized.__subclasshook__(int), Collection.__subclasshook__(Len))
attempt('issubclass non-class', lambda: issubclass(1, Sized))
print(isinstance(deque(), MutableSequence), issubclass(deque, Sequence), isinstance(range(2), Reversible))
print(KeysView({'a': 1}), ItemsView({'a': 1}), ValuesView({'a': 1}), len(KeysView({'a': 1, 'b': 2})), list(ItemsView({'k': 'v'})))
async def coro():
    pass
co = coro()
print(isinstance(co, Coroutine), isinstance(co, Awaitable), isinstance(co, Iterable))
co.close()
async def agen():
    yield 1
print(isinstance(agen(), AsyncGenerator), isinstance(agen(), AsyncIterator), isinstance(agen(), AsyncIterable))
