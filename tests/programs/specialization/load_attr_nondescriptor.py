# LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES / _NO_DICT: a plain class attribute (no __get__) read
# through an instance, cached with the class's version; the instance must not shadow it.
WARM = 200


def limit(o):
    return o.LIMIT


class Config:
    LIMIT = 10


class Strict(Config):
    __slots__ = ()


class Child(Config):
    pass


c, s, ch = Config(), Strict(), Child()
for _ in range(WARM):
    limit(c)
for _ in range(WARM):
    limit(s)
print(limit(c), limit(s), limit(ch))

Config.LIMIT = 20
print('changed on class:', limit(c), limit(s), limit(ch))
Child.LIMIT = 'child'
print('set on subclass:', limit(ch), limit(c))
c.LIMIT = 'instance'
print('shadowed by instance:', limit(c), limit(Config()))
del c.LIMIT
print('unshadowed:', limit(c))
vars(c)['LIMIT'] = 'via vars()'
print('via vars():', limit(c))
vars(c).clear()

# Becoming a function: read through the instance it binds.
Config.LIMIT = lambda self: 'method'
print(type(limit(c)).__name__, limit(c)(), limit(s)())
Config.LIMIT = [1, 2]
print(limit(c) is limit(s), limit(s))
del Config.LIMIT
for o in (c, s):
    try:
        limit(o)
    except AttributeError as e:
        print('AttributeError:', e)


# A __getattr__ added later is not consulted while the attribute exists.
class G:
    LIMIT = 'G.LIMIT'


g = G()
for _ in range(WARM):
    limit(g)
G.__getattr__ = lambda self, name: 'from __getattr__'
print(limit(g))
del G.LIMIT
print(limit(g))

# Shadowing by a class between the instance's class and the one holding the value.
class Top:
    LIMIT = 'Top'


class MidC(Top):
    pass


class Bottom(MidC):
    __slots__ = ()


b = Bottom()
for _ in range(WARM):
    limit(b)
MidC.LIMIT = 'MidC'
print(limit(b))
class Elsewhere:
    LIMIT = 'Elsewhere'


MidC.__bases__ = (Elsewhere,)
print(limit(b))
try:
    MidC.__bases__ = (object,)
except TypeError as e:
    print('TypeError:', e)
MidC.__bases__ = (Top,)
del MidC.LIMIT
print(limit(b))
