# LOAD_ATTR_METHOD_WITH_VALUES / LOAD_ATTR_METHOD_NO_DICT: `obj.meth(...)` caches the function
# found on the class, guarded by the class's version (and, with a dict, that the instance does
# not shadow the name).
WARM = 200


def call_who(o):
    return o.who()


class Base:
    def who(self):
        return 'Base.who'


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
for _ in range(WARM):
    call_who(leaf)
print(call_who(leaf))

Base.who = lambda self: 'Base.who replaced'
print('replaced on base:', call_who(leaf))
Mid.who = lambda self: 'Mid.who added'
print('added on middle class:', call_who(leaf))
del Mid.who
print('removed from middle class:', call_who(leaf))

# Shadowed by an instance attribute (any callable), then unshadowed.
leaf.who = lambda: 'instance who'
print('instance attribute:', call_who(leaf))
del leaf.who
print('instance attribute deleted:', call_who(leaf))
leaf.__dict__['who'] = lambda: 'through __dict__'
print('via __dict__:', call_who(leaf))
del leaf.__dict__['who']


# __bases__ changed: the method now comes from another class.
class Other:
    def who(self):
        return 'Other.who'


Mid.__bases__ = (Other,)
print('after __bases__ change:', call_who(leaf))
Other.who = lambda self: 'Other.who replaced'
print('new base changed:', call_who(leaf))
Base.who = lambda self: 'old base changed again'
print('old base changed:', call_who(leaf))

# Becoming a staticmethod / classmethod / non-callable.
Leaf.who = staticmethod(lambda: 'staticmethod')
print(call_who(leaf))
Leaf.who = classmethod(lambda cls: f'classmethod of {cls.__name__}')
print(call_who(leaf))
Leaf.who = 42
try:
    call_who(leaf)
except TypeError as e:
    print('TypeError:', e)
del Leaf.who


# A __getattr__ does not matter while the method is found; __getattribute__ does.
Leaf.__getattr__ = lambda self, name: lambda: f'__getattr__ {name}'
print('with __getattr__:', call_who(leaf))
Leaf.__getattribute__ = lambda self, name: lambda: f'__getattribute__ {name}'
print('with __getattribute__:', call_who(leaf))
del Leaf.__getattribute__, Leaf.__getattr__


# Slotted instances (no dict).
class Slotted:
    __slots__ = ()

    def who(self):
        return 'Slotted.who'


s = Slotted()
for _ in range(WARM):
    call_who(s)
Slotted.who = lambda self: 'Slotted.who replaced'
print('slotted:', call_who(s))


# Methods of built-in types: NO_DICT on ints, then bools, int subclasses, other types.
def bits(v):
    return v.bit_length()


for i in range(WARM):
    bits(i)


class MyInt(int):
    def bit_length(self):
        return 'MyInt.bit_length'


class SlotInt(int):
    __slots__ = ()


print('ints:', bits(255), bits(True), bits(-2 ** 70), bits(MyInt(3)), bits(SlotInt(8)))
try:
    bits(1.5)
except AttributeError as e:
    print('AttributeError:', e)


def upper(v):
    return v.upper()


for _ in range(WARM):
    upper('abc')


class NotStr:
    upper = str.upper


print('upper:', upper('xyz'), upper(b'bytes'), upper(type('S', (str,), {})('sub')))
try:
    upper(NotStr())
except TypeError as e:
    print('TypeError:', e)
mi = MyInt(5)
mi.bit_length = lambda: 'instance on int subclass'
print(bits(mi))
