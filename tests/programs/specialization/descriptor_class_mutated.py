# A class attribute whose own class is mutable can become a descriptor after a site has
# specialized on it as a plain value: adding __get__ / __set__ to that class changes what
# every read and write of the attribute does, although the owning class never changed.
# (CPython does not specialize on attributes of mutable classes for this reason.)
WARM = 200


class Marker:
    def __repr__(self):
        return 'Marker()'


class Owner:
    plain = Marker()
    shadowed = Marker()


class SlottedOwner:
    __slots__ = ()
    plain = Marker()


def load_plain(o):
    return o.plain


def load_shadowed(o):
    return o.shadowed


def store_shadowed(o, v):
    o.shadowed = v


def load_class_attr(cls):
    return cls.plain


o = Owner()
o.shadowed = 'instance value'
so = SlottedOwner()
for _ in range(WARM):
    load_plain(o)
    load_shadowed(o)
    store_shadowed(o, 'instance value')
    load_class_attr(Owner)
for _ in range(WARM):
    load_plain(so)
print('before:', load_plain(o), load_plain(so), load_shadowed(o), load_class_attr(Owner))

# Marker becomes a non-data descriptor: the class attribute reads go through __get__; the
# instance value still shadows it.
Marker.__get__ = lambda self, inst, cls: f'__get__({type(inst).__name__}, {cls.__name__})'
print('with __get__:', load_plain(o), load_plain(so), load_shadowed(o), load_class_attr(Owner))

# Now a data descriptor: it wins over the instance dict, and stores go through __set__.
Marker.__set__ = lambda self, inst, value: print('  __set__', value)
store_shadowed(o, 'stored')
print('with __set__:', load_shadowed(o), o.__dict__)

del Marker.__get__, Marker.__set__
print('plain again:', load_plain(o), load_plain(so), load_shadowed(o), load_class_attr(Owner))
store_shadowed(o, 'stored again')
print(o.__dict__)


# The same with a callable attribute called as a method.
class Callable:
    def __call__(self, *args):
        return ('called with', len(args))


class Host:
    action = Callable()


def act(h):
    return h.action()


h = Host()
for _ in range(WARM):
    act(h)
print(act(h))
Callable.__get__ = lambda self, inst, cls: lambda: 'bound by __get__'
print(act(h))
