# LOAD_ATTR_CLASS: an attribute read from a class (not an instance), cached with the class's
# version and its metaclass's version.
WARM = 200


def get_attr(cls):
    return cls.attr


def call_f(cls):
    return cls.f(1)


class Meta(type):
    pass


class K(metaclass=Meta):
    attr = 'K.attr'

    def f(x):
        return ('K.f', x)


class Sub(K):
    pass


for _ in range(WARM):
    get_attr(Sub)
    call_f(Sub)
print(get_attr(Sub), call_f(Sub))

K.attr = 'K.attr changed'
K.f = lambda x: ('K.f changed', x)
print('base changed:', get_attr(Sub), call_f(Sub))
Sub.attr = 'Sub.attr'
print('set on subclass:', get_attr(Sub), get_attr(K))
del Sub.attr

# The metaclass gets a data descriptor of the same name: it wins over the class's attribute.
Meta.attr = property(lambda cls: f'Meta property for {cls.__name__}')
print('metaclass property:', get_attr(Sub), get_attr(K))
del Meta.attr
print('metaclass property removed:', get_attr(Sub))

# A plain metaclass attribute does not win, but shows once the class attribute goes.
Meta.attr = 'Meta.attr'
print('metaclass plain attribute:', get_attr(Sub))
del K.attr
print('class attribute deleted:', get_attr(Sub))
del Meta.attr
try:
    get_attr(Sub)
except AttributeError as e:
    print('AttributeError:', e)
K.attr = 'K.attr again'


# A __getattr__ on the metaclass answers for missing names only.
Meta.__getattr__ = lambda cls, name: f'Meta.__getattr__({name})'
print('metaclass __getattr__:', get_attr(Sub), get_attr(Meta('Fresh', (), {})))
del Meta.__getattr__

# Becoming a classmethod / staticmethod / property on the class.
K.f = classmethod(lambda cls, x: ('classmethod', cls.__name__, x))
print(call_f(Sub))
K.f = staticmethod(lambda x: ('staticmethod', x))
print(call_f(Sub))
K.attr = property(lambda self: 'unused')
print(type(get_attr(Sub)).__name__)
K.attr = 'K.attr plain'


# __class__ of a class changed (a compatible metaclass).
class Meta2(type):
    attr = property(lambda cls: 'Meta2 property')


class Fresh(metaclass=Meta):
    attr = 'Fresh.attr'


for _ in range(WARM):
    get_attr(Fresh)
Fresh.__class__ = Meta2
print('after __class__ = Meta2:', get_attr(Fresh))
Fresh.__class__ = Meta
print('after __class__ = Meta:', get_attr(Fresh))


# Built-in classes and modules at the same site.
class HasAttr:
    attr = 1


print(get_attr(HasAttr), get_attr(type('T', (HasAttr,), {})))
try:
    get_attr(int)
except AttributeError as e:
    print('AttributeError:', e)
