# LOAD_ATTR_MODULE: a module attribute read at a cached position of the module's dict,
# guarded by the dict's keys version.
import sys
import types
import math

WARM = 200


def get_x(mod):
    return mod.x


def call_f(mod):
    return mod.f(2)


m = types.ModuleType('m')
m.x = 1
for _ in range(WARM):
    get_x(m)
m.x = 2
print('rebound:', get_x(m))

other = types.ModuleType('other')
other.x = 'other module'
print('another module:', get_x(other))

del m.x
try:
    get_x(m)
except AttributeError as e:
    print('AttributeError:', e)

# Module __getattr__ (PEP 562) answers for missing attributes only.
m.__getattr__ = lambda name: f'module __getattr__({name!r})'
print(get_x(m))
m.x = 'set again'
print(get_x(m))
del m.__getattr__


# A module whose class becomes a ModuleType subclass with a property of that name.
class PropertyModule(types.ModuleType):
    @property
    def x(self):
        return 'property on the module class'


m.__class__ = PropertyModule
print('after __class__ change:', get_x(m))
m.__class__ = types.ModuleType
print('back to ModuleType:', get_x(m))

# Changes made through the module's dict.
vars(m).pop('x')
vars(m)['y'] = 1
vars(m)['x'] = 'via vars()'
print(get_x(m))
m.__dict__.update({'x': 'via update', 'z': 2})
print(get_x(m))
del m.y, m.z
print(get_x(m))

# Functions on a module.
m.f = lambda v: v * 10
for _ in range(WARM):
    call_f(m)
m.f = lambda v: v * 100
print(call_f(m))
m.f = math.sqrt
print(call_f(m))
del m.f
try:
    call_f(m)
except AttributeError as e:
    print('AttributeError:', e)

# A module imported by name and replaced in sys.modules.
fake = types.ModuleType('fake_mod_for_spec')
fake.VALUE = 10
sys.modules['fake_mod_for_spec'] = fake


def read():
    import fake_mod_for_spec
    return fake_mod_for_spec.VALUE


for _ in range(WARM):
    read()
fake.VALUE = 11
print(read())
replacement = types.ModuleType('fake_mod_for_spec')
replacement.VALUE = 'replacement module'
sys.modules['fake_mod_for_spec'] = replacement
print(read())


# A standard module's attribute patched and removed.
def get_pi():
    return math.pi


for _ in range(WARM):
    get_pi()
saved = math.pi
math.pi = 3
print(get_pi())
del math.pi
try:
    get_pi()
except AttributeError as e:
    print('AttributeError:', e)
math.pi = saved
print(get_pi())

# Not a module at all.
print(get_x(types.SimpleNamespace(x='namespace')))
