# copy.copy, copy.deepcopy (memo, cycles, __copy__/__deepcopy__, the reduce protocol for
# plain classes, slots, __getstate__/__setstate__, __getnewargs__), copy.replace, copy.Error.
import copy
import copyreg


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# Built-in containers and atoms
lst = [1, [2, 3], {'a': [4]}]
shallow = copy.copy(lst)
deep = copy.deepcopy(lst)
print(shallow == lst, shallow is lst, shallow[1] is lst[1], deep == lst, deep[1] is lst[1], deep[2]['a'] is lst[2]['a'])
for value in [None, 1, 2**100, 1.5, True, 1j, 'text', b'bytes', (1, 2), frozenset({1}), range(3), slice(1, 2), len, print, int, Ellipsis, NotImplemented]:
    print(repr(value), copy.copy(value) is value, copy.deepcopy(value) is value)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is (1, 2) or True)
d = {'k': [1], 2: (3, [4])}
dc = copy.deepcopy(d)
print(dc, dc['k'] is d['k'], dc[2][1] is d[2][1], copy.copy(d)['k'] is d['k'])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
ba = bytearray(b'xyz')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba), copy.deepcopy(ba) is ba)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)

# Shared references and cycles survive a deep copy
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyclic = [1, 2]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[2] is cc, cc is not cyclic, repr(cc))
cd = {}
cd['self'] = cd
cdc = copy.deepcopy(cd)
print(cdc['self'] is cdc, cdc is not cd)
ct = ([],)
ct[0].append(ct)
ctc = copy.deepcopy(ct)
print(ctc[0][0] is ctc, ctc is not ct)

# The memo: ids of originals to copies, plus a keep-alive list under id(memo)
memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(memo[id(a)] is b[0], id(memo) in memo, a in memo[id(memo)])
pre = {id(a): 'replaced'}
print(copy.deepcopy([a, 5], pre))


# Plain classes go through __reduce_ex__(4)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pc is p, pc.x is p.x, pd, pd.x is p.x, type(pd).__name__)
empty = Point.__new__(Point)
print(vars(copy.copy(empty)), vars(copy.deepcopy(empty)))
print(p.__reduce_ex__(4)[1:3], p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(4)[3:])
print(p.__reduce_ex__(1)[0].__name__, p.__reduce_ex__(1)[1:], p.__reduce__()[1])
print(attempt(p.__reduce_ex__))
print(attempt(p.__reduce__, 1))
print(object().__reduce_ex__(4)[1:], object().__reduce_ex__(0)[1])


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


sl = Slotted([1])
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sd, 'b'))
print(sl.__reduce_ex__(4)[2])
print(attempt(sl.__reduce_ex__, 1))


class Both(Point):
    __slots__ = ('z',)


bo = Both(1, 2)
bo.z = [3]
bc = copy.deepcopy(bo)
print(bc, bc.z, bc.z is bo.z)


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


ws = copy.deepcopy(WithState())
print(ws.data, ws.cache, copy.copy(WithState()).cache)


class WithNewArgs:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        obj.made_by_new = True
        return obj

    def __getnewargs__(self):
        return (self.value * 10,)


wn = copy.copy(WithNewArgs(4))
print(wn.value, wn.made_by_new)


class WithNewArgsEx:
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.seen = (args, kwargs)
        return obj

    def __getnewargs_ex__(self):
        return (1,), {'k': 2}


print(copy.copy(WithNewArgsEx()).seen, WithNewArgsEx().__reduce_ex__(4)[0].__name__)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


print(attempt(copy.copy, BadNewArgs()))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
print(copy.deepcopy([c, c])[0].v)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + 1,))


print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(1)).v, Reduced(1).__reduce_ex__(4)[1])


class GlobalName:
    def __reduce__(self):
        return "GLOBAL_NAME"


g = GlobalName()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


class NotCopyable:
    def __reduce_ex__(self, protocol):
        raise TypeError("no copies")


print(attempt(copy.copy, NotCopyable()))
print(attempt(copy.deepcopy, NotCopyable()))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


print(attempt(copy.copy, NoReduce()))
print(attempt(copy.deepcopy, NoReduce()))


# Subclasses of built-in containers keep their class and attributes
class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1], mld[1] is ml[1], mld.tag)
md = MyDict(a=[1])
mdd = copy.deepcopy(md)
print(type(mdd).__name__, mdd, mdd['a'] is md['a'])


class MyInt(int):
    pass


mi = MyInt(7)
mi.note = 'n'
mic = copy.copy(mi)
print(type(mic).__name__, mic, mic.note, copy.deepcopy(mi) == 7)

# Functions, classes, methods
def func():
    pass


print(copy.copy(func) is func, copy.deepcopy(func) is func, copy.deepcopy(Point) is Point)
bound = p.__repr__
bc = copy.deepcopy(bound)
print(bc(), bc.__self__ is p, bc.__func__ is bound.__func__)
print(attempt(copy.copy, lambda: 1) is not None)

# copyreg.dispatch_table
class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v * 2,)))
print(copy.copy(Registered(3)).v, copy.deepcopy(Registered(4)).v)
print(attempt(copyreg.pickle, Registered, 5))
print(attempt(copyreg.constructor, 5))
print(copy.copy(3 + 4j), copyreg.dispatch_table[complex](1 + 2j))

# copy.replace
print(attempt(copy.replace, 5))
print(attempt(copy.replace, [1], x=1))


class Replaceable:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __replace__(self, **changes):
        return Replaceable(changes.get('a', self.a), changes.get('b', self.b))


r = copy.replace(Replaceable(1, 2), b=5)
print(r.a, r.b)
print(attempt(copy.replace, Replaceable(1, 2), 3))

print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
try:
    raise copy.Error("custom")
except copy.Error as e:
    print("caught", e)
