# STORE_ATTR_INSTANCE_VALUE: a write to an existing instance attribute at a cached position,
# guarded by the class's version and the key there. Warm up, then change the class.
WARM = 200


def set_x(o, v):
    o.x = v


def bump(o):
    o.count += 1


class Point:
    def __init__(self):
        self.x = 0
        self.count = 0


class P3(Point):
    pass


p = P3()
for i in range(WARM):
    set_x(p, i)
    bump(p)
print(p.__dict__)

# A __setattr__ on the base class now sees every store.
Point.__setattr__ = lambda self, name, value: object.__setattr__(self, name, ('via __setattr__', value))
set_x(p, 1)
print(p.x)
del Point.__setattr__
set_x(p, 2)
print(p.x)

# A property with a setter, then one without.
P3.x = property(lambda self: self.__dict__['x'], lambda self, v: self.__dict__.__setitem__('x', v * 10))
set_x(p, 3)
print(p.x, p.__dict__)
P3.x = property(lambda self: 'read-only')
try:
    set_x(p, 4)
except AttributeError as e:
    print('AttributeError:', e)
del P3.x
set_x(p, 5)
print(p.x)

# __slots__ values and __dict__ changes under a warmed site.
del p.x
set_x(p, 'recreated')
print(list(p.__dict__), p.x)
p.__dict__ = {'x': 'old', 'y': 1}
set_x(p, 'new dict')
print(p.__dict__)
p.__dict__.clear()
set_x(p, 'after clear')
print(p.__dict__)


# __class__ changed to a class with a data descriptor for x.
class Logged:
    @property
    def x(self):
        return 'Logged.x'

    @x.setter
    def x(self, v):
        print('  Logged setter', v)


q = Point()
for i in range(WARM):
    set_x(q, i)
q.__class__ = Logged
set_x(q, 'through setter')
print(q.x, q.__dict__)

# A __delattr__ / __getattr__ do not affect stores; __setattr__ on the class itself does.
class Counter:
    def __init__(self):
        self.count = 0


c = Counter()
for _ in range(WARM):
    bump(c)
print(c.count)
Counter.__getattr__ = lambda self, name: 0
Counter.__delattr__ = lambda self, name: print('  __delattr__', name)
bump(c)
del c.count
print(c.count)


def noisy_setattr(self, name, value):
    print('  __setattr__', name, value)
    object.__setattr__(self, name, value)


Counter.__setattr__ = noisy_setattr
bump(c)
print(c.count)

# Stores on objects of other kinds at the warmed site.
import types
ns = types.SimpleNamespace(x=1)
set_x(ns, 'namespace')
print(ns)


def f():
    pass


set_x(f, 'function')
print(f.x)
for target in (1, 'str', None, object()):
    try:
        set_x(target, 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    set_x(int, 1)
except TypeError as e:
    print('TypeError:', e)
