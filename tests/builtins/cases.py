def err(f):
    try:
        return f()
    except BaseException as e:
        return f"{type(e).__name__}: {e}"
print(abs(-5), abs(3), abs(-2**70), abs(True), abs(-0.5))
print(err(lambda: abs('a')), err(lambda: abs()))
class A:
    def __abs__(self): return 'absolute'
print(abs(A()))
# ---
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, '', 3]), any(x > 2 for x in [1, 2, 3]))
print(err(lambda: all(5)))
# ---
print(ascii('é\x00\u1234\U0001f600'), ascii([1, 'ü']), ascii('plain'))
print(bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(0), bin(True))
class I:
    def __index__(self): return 10
print(bin(I()), hex(I()), err(lambda: hex(1.5)), err(lambda: oct('a')))
# ---
print(callable(len), callable(1), callable(int), callable(lambda: 1), callable([].append))
class C:
    def __call__(self): return 1
print(callable(C()), callable(C), err(lambda: callable()))
# ---
print(chr(65), chr(0x1f600) == '\U0001f600', len(chr(0xd800)), err(lambda: chr(-1)), err(lambda: chr(0x110000)), err(lambda: chr(2**100)), err(lambda: chr(1.5)))
print(ord('a'), ord('\U0001f600'), ord(b'A'), ord(bytearray(b'z')))
print(err(lambda: ord('ab')), err(lambda: ord('')), err(lambda: ord(b'ab')), err(lambda: ord(1)))
# ---
class P: pass
p = P()
setattr(p, 'x', 1)
print(getattr(p, 'x'), getattr(p, 'y', 'dflt'), hasattr(p, 'x'), hasattr(p, 'y'))
delattr(p, 'x')
print(hasattr(p, 'x'), err(lambda: getattr(p, 'x')), err(lambda: delattr(p, 'x')))
print(err(lambda: getattr(p, 1)), err(lambda: setattr(p, 1, 2)), err(lambda: hasattr(p, 1)), err(lambda: getattr(p)), err(lambda: setattr(p, 'a')))
class G:
    def __getattr__(self, name):
        if name == 'boom': raise ValueError('boom')
        return name * 2
print(getattr(G(), 'ab'), hasattr(G(), 'zz'), err(lambda: hasattr(G(), 'boom')))
# ---
class D:
    b = 1
    def __init__(self): self.a = 2
    def __dir__(self): return ['z', 'a', 'm']
print(dir(D()), 'b' in dir(D), err(lambda: dir(1, 2)))
def f(x):
    y = 2
    return dir()
print(f(1))
class E:
    q = 1
    names = dir()
print(E.names)
# ---
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, 3), err(lambda: divmod(1, 0)), err(lambda: divmod('a', 1)), err(lambda: divmod(1)))
class DM:
    def __divmod__(self, o): return 'dm'
    def __rdivmod__(self, o): return 'rdm'
print(divmod(DM(), 1), divmod(1, DM()))
# ---
print(format(5), format(5, 'x'), format('ab', '>4'), format(255, '#b'), err(lambda: format(1, 2)), err(lambda: format(object(), 'x')))
class F:
    def __format__(self, spec): return 'F' + spec
class BadF:
    def __format__(self, spec): return 1
print(format(F(), 'abc'), format(F()), err(lambda: format(BadF())), err(lambda: format()))
# ---
g = globals()
print(g is globals(), g['__name__'])
def loc(a, b=2):
    c = a + b
    def inner(): return a
    return sorted(locals().items(), key=lambda kv: kv[0])[:3], vars() == locals()
print(loc(1))
def comp():
    x = 1
    return [sorted(locals()) for y in range(1)][0]
print(comp())
class K:
    z = 3
    print(sorted(locals())[-1], 'z' in vars())
print(err(lambda: vars(1)), err(lambda: globals(1)), err(lambda: locals(1)))
class WithDict: pass
w = WithDict(); w.q = 1
print(vars(w))
# ---
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash('') == 0, err(lambda: hash([])), hash((1, 2)) == hash((1, 2)))
class H:
    def __hash__(self): return 42
print(hash(H()), err(lambda: hash()))
o = object()
print(id(o) == id(o), id(o) != id(object()), isinstance(id(o), int))
# ---
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, ()), isinstance('a', (int, str)))
print(err(lambda: isinstance(1, 5)), err(lambda: isinstance(1, (str, 5))), isinstance(1, (int, 5)))
print(issubclass(bool, int), issubclass(int, (str, (float, object))), err(lambda: issubclass(1, int)), err(lambda: issubclass(int, 1)), err(lambda: isinstance(1)))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance(M(), M), issubclass(int, M), issubclass(M, M))
class Proxy:
    @property
    def __class__(self): return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), isinstance(Proxy(), str))
class AbstractCls:
    __bases__ = ()
class Abs2:
    def __init__(self, bases): self.__bases__ = bases
ac = AbstractCls()
sub = Abs2((ac,))
print(issubclass(sub, ac), issubclass(ac, sub))
class Plain: pass
# ---
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), err(lambda: next(it)), err(lambda: next([])), err(lambda: next()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
si = iter(Seq())
print(type(si).__name__, list(si), list(Seq()), 20 in Seq())
print(si.__length_hint__())
vals = [1, 2, 3, 0, 5]
ci = iter(lambda: vals.pop(0), 0)
print(type(ci).__name__, list(ci), vals)
print(err(lambda: iter(1)), err(lambda: iter(1, 2)), err(lambda: iter()), err(lambda: iter(1, 2, 3)))
def gen():
    yield 1
    return 'ret'
g2 = gen(); next(g2)
try:
    next(g2)
except StopIteration as e:
    print('stop', e.value)
# ---
print(len([1, 2]), len('héllo'), len({1: 2}), len(range(10)), err(lambda: len(1)))
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
print(err(lambda: len(L())), err(lambda: len(L2())))
# ---
print(max(1, 2), max([3, 1, 2]), min('bca'), max([], default=None), min([], default=5), max([1, 2], key=lambda x: -x))
print(max(1, 1.0), max(1.0, 1), min([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
print(err(lambda: max()), err(lambda: min([])), err(lambda: max(1)), err(lambda: max(1, 2, default=3)), err(lambda: max([1], foo=2)), err(lambda: max([1, 'a'])))
print(max([1, 2], key=None), min(3, 1, 2, key=None))
# ---
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(base=2, exp=5), pow(2, 3, mod=None))
print(err(lambda: pow(2)), err(lambda: pow(1, 2, 3, 4)), err(lambda: pow('a', 2, 3)), err(lambda: pow(2, 3, foo=1)), err(lambda: pow(2.0, 3, 5)))
class PW:
    def __pow__(self, other, mod=None): return ('pow', other, mod)
    def __rpow__(self, other, mod=None): return ('rpow', other, mod)
print(pow(PW(), 2), pow(PW(), 2, 3), pow(2, PW()), err(lambda: pow(2, PW(), 3)))
# ---
import sys
print(1, 2, 3)
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep='', end='')
print()
print(sep=None, end=None)
print(None, end='\n', sep=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('x', 1, file=w, sep=', ', flush=True)
print(w.parts)
print(err(lambda: print(1, sep=1)), err(lambda: print(1, end=1)), err(lambda: print(1, foo=1)), err(lambda: print(1, file=1)))
print('to stdout', file=sys.stdout)
print('to stdout', file=None)
# ---
print(repr('a'), repr([1, 'b']), err(lambda: repr()))
print(round(2.5), round(3.5), round(2.675, 2), round(5), round(15, -1), round(True), round(number=2.5), round(1.5, None))
print(err(lambda: round('a')), err(lambda: round(1, 2, 3)), err(lambda: round()), err(lambda: round(2, foo=3)))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 2))
# ---
print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]), sorted({3: 1, 1: 2}))
print(err(lambda: sorted()), err(lambda: sorted([1], [2])), err(lambda: sorted([3, 1], foo=1)), err(lambda: sorted([1, 'a'])))
# ---
print(sum([1, 2, 3]), sum([1, 2], 10), sum([1], start=2), sum([[1], [2]], []), sum(()), sum([True, True]))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([1, 0.1, 0.2]), sum([1e16, 1, 1.0]))
print(sum([1e308, 1e308, -1e308]), sum([-0.0]), sum([-0.0], -0.0), sum([1, 2], 0.0), sum([1j, 2]), sum([2**70, 1]))
print(err(lambda: sum()), err(lambda: sum([], 'a')), err(lambda: sum([], b'a')), err(lambda: sum([], bytearray())), err(lambda: sum(1, 2, 3)), err(lambda: sum([1], foo=2)), err(lambda: sum(['a', 'b'])))
class S(int):
    def __radd__(self, o): return 'radd'
print(sum([S(1)]), sum([1.0, S(1)]))
# ---
print(list(zip([1, 2], 'ab')), list(zip()), list(zip([1, 2, 3], [4])), list(zip([1], [2], strict=True)))
print(err(lambda: list(zip([1], [2, 3], strict=True))), err(lambda: list(zip([1, 2], [2], strict=True))))
print(err(lambda: list(zip([1, 2], [2, 3], [4], strict=True))), err(lambda: list(zip([1], [2], [4, 5], strict=True))))
print(err(lambda: zip([1], foo=1)), err(lambda: zip(1)))
z = zip([1, 2], [3, 4], strict=True)
print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), z.__reduce__()[2])
# ---
print(list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate(iterable='x', start=3)))
print(list(enumerate('ab', start=2**70)))
print(err(lambda: enumerate()), err(lambda: enumerate(1)), err(lambda: enumerate([], 'a')), err(lambda: enumerate([], 1, 2)), err(lambda: enumerate([1], x=3)), err(lambda: enumerate(start=3)))
class E2(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i, v * 2
print(list(E2('ab')), type(E2('a')).__name__, isinstance(E2('a'), enumerate))
for i, v in E2('xy'): print(i, v)
# ---
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [2, 2])))
print(err(lambda: map()), err(lambda: map(len)), err(lambda: map(len, [1], foo=1)), err(lambda: map(len, 1)))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(6))), list(filter(bool, [0, 2])))
print(err(lambda: filter()), err(lambda: filter(None)), err(lambda: filter(None, 1)), err(lambda: filter(None, [], foo=1)))
# ---
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
class RS:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
r = reversed(RS())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class RR:
    def __reversed__(self): return iter('zyx')
print(list(reversed(RR())))
class NR:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
print(err(lambda: reversed(NR())), err(lambda: reversed(1)), err(lambda: reversed({1})), err(lambda: reversed()), err(lambda: reversed([], x=1)))
# ---
class T:
    def __init__(self): self._v = 1
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): del self._v
    ro = property(lambda self: 'ro')
t = T()
t.v = 5
print(t.v, T.v.__doc__, T.v.__name__, T.ro.__name__, type(T.v).__name__)
del t.v
print(err(lambda: t.v))
print(err(lambda: setattr(t, 'ro', 1)), err(lambda: delattr(t, 'ro')))
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__, err(lambda: p.__name__), p.__isabstractmethod__)
print(err(lambda: p.__get__(None, None)), err(lambda: p.__get__(1)), err(lambda: p.__set__(1, 2)), err(lambda: p.__delete__(1)), p.__get__(None, int) is p)
print(err(lambda: property(1, 2, 3, 4, 5)), err(lambda: property(foo=1)), err(lambda: p.getter()), err(lambda: p.__set_name__(1)))
print(err(lambda: setattr(p, 'fget', 1)))
p.__set_name__(T, 'zz')
print(p.__name__, err(lambda: p.__get__(t)))
p.__doc__ = 'changed'
print(p.__doc__)
class P2(property): pass
p2 = P2(lambda s: 1, doc='hi')
print(p2.__doc__, type(p2.getter(len)).__name__)
print(property(len).__name__, property(fget=len, doc='x').__doc__, property(len).setter(None).fget is len)
def fa(x: int):
    'fa doc'
fa.__isabstractmethod__ = True
print(property(fa).__isabstractmethod__, property(None, fa).__isabstractmethod__)
# ---
class CM:
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @staticmethod
    def s(x): return x * 2
class CM2(CM): pass
print(CM.c(1), CM2.c(2), CM2().c(3), CM.s(4), CM().s(5))
cm = CM.__dict__['c']; sm = CM.__dict__['s']
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__, cm.__name__, cm.__qualname__, cm.__isabstractmethod__)
print(sm(3), sm.__name__, repr(staticmethod(len)), repr(classmethod(len)))
print(err(lambda: classmethod()), err(lambda: classmethod(1, 2)), err(lambda: classmethod(f=1)), err(lambda: staticmethod()), err(lambda: staticmethod(1)(2)))
print(classmethod(len).__get__(1), classmethod(len).__get__(None, int), err(lambda: classmethod(len).__get__(None)), staticmethod(len).__get__(1))
def fb(x: int): 'fb doc'
print(sorted(classmethod(fb).__dict__), staticmethod(fb).__doc__)
class CP:
    @classmethod
    @property
    def y(cls): return 2
print(type(CP.y).__name__)
# ---
import sys
class Cap:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
    def flush(self): self.buf.append('<f>')
old = sys.stdout
sys.stdout = c = Cap()
print('hidden', 1, flush=True)
sys.stdout = old
print(c.buf)
sys.stdout = None
print('nothing')
sys.stdout = old
class FakeIn:
    def readline(self): return 'from fake\n'
sys.stdin = FakeIn()
print(input('prompt> '))
class EmptyIn:
    def readline(self): return ''
sys.stdin = EmptyIn()
print(err(lambda: input()))
del sys.stdin
print(err(lambda: input()))
del sys.stdout
r = err(lambda: print('x'))
sys.stdout = old
print(r)
print(*range(5), sep=', ')
# ---
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
class OnlyGet:
    def __getitem__(self, i): return i
class BadIter:
    def __iter__(self): return 1
print(err(lambda: iter(NoIter())), err(lambda: reversed(OnlyGet())), err(lambda: iter(BadIter())))
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Counter()), next(Counter()), max(Counter()), sum(Counter()), sorted(Counter(), reverse=True))
print(list(zip(Counter(), 'ab')), dict(enumerate('ab')), list(map(lambda *a: a, 'ab', Counter())))
z = zip('abc', range(3))
print(list(z), list(z))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
it = iter(OnlyGet())
print(next(it), next(it), it.__length_hint__())
class LenGet:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i
it2 = iter(LenGet()); next(it2)
print(it2.__length_hint__(), list(it2), it2.__length_hint__())
# ---
async def agen():
    yield 1
    yield 2
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1: raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(agen())
    print(await anext(it))
    print(await anext(it, 'done'))
    print(await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('stop')
    a = aiter(AIt())
    print(await anext(a, 'x'), await anext(a, 'x'))
c = main()
try:
    c.send(None)
except StopIteration:
    print('finished')
class BadA:
    def __aiter__(self): return 1
print(err(lambda: aiter(BadA())), err(lambda: aiter(1)), err(lambda: anext(1)), err(lambda: anext()))
# ---
import builtins
print(builtins.__name__, builtins.__doc__.splitlines()[0], builtins.len.__module__, builtins.len.__qualname__, repr(builtins.len))
print(sorted.__doc__.splitlines()[0], sum.__doc__.splitlines()[0])
print(exit, quit, type(exit).__name__, err(lambda: exit(3)), err(lambda: quit()))
print(*(getattr(builtins, n) for n in ('True', 'None', 'Ellipsis', 'NotImplemented', '__debug__')))
print(builtins.IOError is OSError, builtins.EnvironmentError is OSError, builtins.memoryview, builtins.super)
print([n for n in ('abs', 'aiter', 'anext', 'zip', 'vars', 'ExceptionGroup', 'PythonFinalizationError') if n in dir(builtins)])
print(enumerate.__doc__.splitlines()[0], enumerate[int], zip.__doc__.splitlines()[0], type(enumerate('a')).__name__)
# ---
class LS(list):
    def __len__(self): return 7
print(len(LS([1])), len(range(0, 10**18, 3)), err(lambda: len(range(2**64))))
class BadLen:
    def __len__(self): return 'x'
print(err(lambda: len(BadLen())))
