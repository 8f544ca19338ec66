# LOAD_SUPER_ATTR_ATTR / LOAD_SUPER_ATTR_METHOD (super().name without building a super object),
# and calls of built-in classes (CALL_BUILTIN_CLASS, CALL_BUILTIN_O). Warm up, then change
# the classes involved, shadow super, or call something else at the same site.
import builtins

WARM = 200


class Base:
    tag = 'Base.tag'

    def greet(self, who):
        return f'Base.greet({who})'

    @property
    def prop(self):
        return f'Base.prop of {type(self).__name__}'

    @classmethod
    def make(cls):
        return f'Base.make for {cls.__name__}'


class Sub(Base):
    def greet(self, who):
        return 'Sub+' + super().greet(who)

    def get_tag(self):
        return super().tag

    def get_prop(self):
        return super().prop

    @classmethod
    def make(cls):
        return 'Sub+' + super().make()

    def two_arg(self):
        return super(Sub, self).greet('two-arg')


s = Sub()
for _ in range(WARM):
    s.greet('x')
    s.get_tag()
    s.get_prop()
    Sub.make()
    s.two_arg()
print(s.greet('x'), s.get_tag(), s.get_prop(), Sub.make(), s.two_arg())

Base.greet = lambda self, who: f'replaced Base.greet({who})'
Base.tag = 'replaced Base.tag'
Base.prop = property(lambda self: 'replaced Base.prop')
print(s.greet('y'), s.get_tag(), s.get_prop(), s.two_arg())
del Base.tag
try:
    s.get_tag()
except AttributeError as e:
    print('AttributeError:', e)


class Middle(Base):
    tag = 'Middle.tag'

    def greet(self, who):
        return f'Middle.greet({who})'


Sub.__bases__ = (Middle,)
print(s.greet('z'), s.get_tag(), Sub.make())
s.greet = lambda who: 'instance attribute does not affect super()'
print(Sub.greet(s, 'w'))
del s.greet

# super shadowed by a global, then by a builtin replacement.
super = lambda *args: 'shadowed super'
try:
    s.greet('q')
except AttributeError as e:
    print('AttributeError:', e)
del super
print(s.greet('q'))
real_super = builtins.super
builtins.super = lambda *args: 'replaced builtins.super'
try:
    s.get_tag()
except AttributeError as e:
    print('AttributeError:', e)
builtins.super = real_super
print(s.get_tag())


# Built-in classes called at warmed sites.
def make1(cls, x):
    return cls(x)


def make0(cls):
    return cls()


for i in range(WARM):
    make1(int, '7')
    make1(float, i)
    make0(list)
print(make1(int, 2.9), make1(float, '1e3'), make1(list, 'ab'), make1(bytes, 3), make1(frozenset, 'aa'), make1(complex, '1+2j'))
print(make0(dict), make0(set), make0(int), make0(str), make0(tuple), make0(object).__class__.__name__)


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, int(v) * 10)


print(make1(MyInt, '3'), type(make1(MyInt, '3')).__name__, make1(bool, []), make1(range, 3), make1(type, 1.0))
for cls, arg in ((int, 'x'), (float, 'y'), (list, 1), (range, 'a'), (bytes, -1)):
    try:
        make1(cls, arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
int = lambda x: 'shadowed int'
print(make1(int, '1'))
del int


def abs_of(x):
    return abs(x)


for i in range(WARM):
    abs_of(-i)
print(abs_of(-2.5), abs_of(True), abs_of(-2 ** 80), abs_of(3 + 4j))
try:
    abs_of('x')
except TypeError as e:
    print('TypeError:', e)
