# abc: ABCMeta and ABC, abstract methods/properties/class and static methods, instantiation
# errors, register() and virtual subclasses, __subclasshook__, caches and update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return 'square'


class Partial(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
attempt('Shape()', lambda: Shape())
attempt('Partial()', lambda: Partial())
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape).__name__, type(ABC))
print(Shape.area.__isabstractmethod__, Shape.name.__isabstractmethod__, Shape.describe.__name__)


class Plain:
    @abstractmethod
    def f(self):
        return 'plain still works'


print(Plain().f(), hasattr(Plain, '__abstractmethods__'))


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


class Old(ABC):
    @abc.abstractclassmethod
    def c(cls):
        pass

    @abc.abstractstaticmethod
    def s():
        pass

    @abc.abstractproperty
    def p(self):
        pass


print(sorted(Base.__abstractmethods__), sorted(Old.__abstractmethods__))
attempt('Base()', lambda: Base())
attempt('Old()', lambda: Old())


class Concrete(Base):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return 'help'


print(Concrete.make(), Concrete.helper(), Concrete().make())


# register and virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Circle:
    def draw(self):
        return 'o'


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(Circle) is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__, Circle.draw(Circle()))


@Drawable.register
class Line:
    pass


class SubLine(Line):
    pass


print(issubclass(Line, Drawable), issubclass(SubLine, Drawable), isinstance(SubLine(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('x', Drawable))
attempt('register non-class', lambda: Drawable.register(3))
attempt('cycle', lambda: Circle.register if False else Line.__class__)


class Root(ABC):
    pass


class Child(Root):
    pass


attempt('register cycle', lambda: Child.register(Root))
print(Root.register(Child) is Child)
attempt('issubclass non-class', lambda: issubclass(3, Root))
token = abc.get_cache_token()
Root.register(float)
print(abc.get_cache_token() != token, isinstance(1.5, Root), issubclass(float, Child))


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('abc', HasLen), isinstance(3, HasLen))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'


attempt('bad hook', lambda: issubclass(int, Bad))


# abstract methods added later
class Later(ABC):
    def run(self):
        return 'run'


def replacement(self):
    return 'replaced'


Later.run = abstractmethod(Later.run)
print(Later.__abstractmethods__, abc.update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__))
attempt('Later()', lambda: Later())
Later.run = replacement
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())
print(abc.update_abstractmethods(Plain) is Plain)
Later.__abstractmethods__ = frozenset({'x', 'y'})
attempt('manual', lambda: Later())


# metaclass keywords and __init_subclass__
class Registry(ABC):
    members = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.members.append(cls.__name__)


class Tagged(Registry, tag='t1'):
    pass


print(Tagged.tag, Registry.members, ABC.__slots__, ABCMeta.__module__, abc.ABC.__doc__ is not None)
Drawable._abc_registry_clear()
Drawable._abc_caches_clear()
print(issubclass(Circle, Drawable), issubclass(Line, Drawable))
