# LOAD_ATTR_SLOT / STORE_ATTR_SLOT: __slots__ members read and written by position, guarded by
# the class's version.
WARM = 200


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = 2


class T(S):
    __slots__ = ('c',)


class U(S):
    pass


s, t, u = S(), T(), U()
for _ in range(WARM):
    for o in (s, t, u):
        set_a(o, get_a(o) + 1)
print('warm:', get_a(s), get_a(t), get_a(u))

# An unset (deleted) slot.
del s.a
try:
    get_a(s)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.a
except AttributeError as e:
    print('AttributeError:', e)
set_a(s, 'set again')
print(get_a(s))

# A subclass with a __dict__ shares the slot; its instance dict cannot shadow it.
u.__dict__['a'] = 'in the dict'
print('dict does not shadow a slot:', get_a(u), u.__dict__)

# The slot replaced by a class attribute: reads see it, writes fail (no dict) or go to the dict.
S.a = 'class attribute'
print('slot replaced:', get_a(s), get_a(t), get_a(u))
try:
    set_a(t, 1)
except AttributeError as e:
    print('AttributeError:', e)
set_a(u, 'u dict')
print(get_a(u), u.__dict__)


# A property on a subclass shadows the inherited slot.
class V:
    __slots__ = ('a',)


class W(V):
    __slots__ = ()


w = W()
for i in range(WARM):
    set_a(w, i)
    get_a(w)
W.a = property(lambda self: 'W property', lambda self, v: print('  W setter', v))
print('property on subclass:', get_a(w))
set_a(w, 'x')
del W.a
print('property removed:', get_a(w))

# __class__ assignment between layout-compatible slotted classes.
class V2:
    __slots__ = ('a',)

    @property
    def extra(self):
        return 'V2'


v = V()
v.a = 'v.a'
for _ in range(WARM):
    get_a(v)
v.__class__ = V2
print('after __class__ change:', get_a(v), v.extra)


# Member descriptors moved to a class they do not belong to: the error, every time.
class Foreign:
    __slots__ = ('p', 'q')
    a = V.a


class Dictful:
    a = V.a


f = Foreign()
f.p = 'Foreign.p'
d = Dictful()


def get_a2(o):
    return o.a


def set_a2(o, v):
    o.a = v


def set_a3(o, v):
    o.a = v


for i in range(4):
    try:
        print(get_a2(f))
    except TypeError as e:
        print('TypeError:', e)
    try:
        set_a2(f, 'oops')
        print('stored; p is now', f.p)
    except TypeError as e:
        print('TypeError:', e)
    try:
        set_a3(d, i)
        print('stored on Dictful', i)
    except TypeError as e:
        print('TypeError:', e)
print(d.__dict__)
