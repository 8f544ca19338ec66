# LOAD_ATTR_INSTANCE_VALUE: an attribute read from the instance dict at a cached position,
# guarded by the class's version and the key at that position. Each site is warmed up, then
# what the specialization assumed is changed while the same site keeps running.
WARM = 200


def get_x(o):
    return o.x


class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


# Instances whose attributes were created in different orders (x at different positions).
def make(order, x):
    o = B.__new__(B)
    for name in order:
        setattr(o, name, x if name == 'x' else name)
    return o


objs = [make('x', 1), make('yx', 2), make('zyx', 3), make('xyz', 4)]
for _ in range(WARM):
    for o in objs:
        get_x(o)
print('positions:', [get_x(o) for o in objs])

b = B(10)
for _ in range(WARM):
    get_x(b)

# A property of the same name on the base class now wins over the instance dict.
A.x = property(lambda self: 'property on A')
print('property on base:', get_x(b), b.__dict__)
del A.x
print('property removed:', get_x(b))

# A plain class attribute does not: the instance's value still shows.
B.x = 'class attribute'
print('class attr:', get_x(b))
del b.x
print('instance attr deleted:', get_x(b))
del B.x
try:
    get_x(b)
except AttributeError as e:
    print('AttributeError:', e)

# __getattr__ added after warm-up: used once the attribute is missing.
B.__getattr__ = lambda self, name: f'__getattr__({name})'
print('with __getattr__:', get_x(b))
b.x = 'back'
print('attribute back:', get_x(b))
del B.__getattr__

# __getattribute__ added after warm-up: used for every read.
B.__getattribute__ = lambda self, name: f'__getattribute__({name})'
print('with __getattribute__:', get_x(b))
del B.__getattribute__
print('without __getattribute__:', get_x(b))

# Replacing or clearing the instance dict.
b.__dict__ = {'a': 1, 'b': 2, 'x': 'new dict'}
print('new __dict__:', get_x(b))
b.__dict__.clear()
try:
    get_x(b)
except AttributeError as e:
    print('AttributeError:', e)
b.__dict__.update(q=1, x='after update')
print('after update:', get_x(b))
b.__dict__.pop('q')
print('after pop:', get_x(b), b.__dict__)


# A str subclass key equal to the name is found like the name itself.
class S(str):
    pass


c = B(0)
for _ in range(WARM):
    get_x(c)
del c.x
c.__dict__[S('x')] = 'str subclass key'
print('str subclass key:', get_x(c))


# __class__ assignment: the same object now follows another class's rules.
class Plain:
    pass


class WithProp:
    @property
    def x(self):
        return 'WithProp.x'


p = Plain()
p.x = 'instance x'
for _ in range(WARM):
    get_x(p)
p.__class__ = WithProp
print('after __class__ = WithProp:', get_x(p))
p.__class__ = Plain
print('after __class__ = Plain:', get_x(p))

# Objects of other kinds at the warmed site.
import types
print('others:', get_x(types.SimpleNamespace(x='namespace')), get_x(types.SimpleNamespace(y=1, x=2)))


def f():
    pass


f.x = 'function attribute'
print('function:', get_x(f))
try:
    get_x(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    get_x(None)
except AttributeError as e:
    print('AttributeError:', e)
