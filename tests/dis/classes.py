# Classes: bodies, methods, super(), __class__, private names, decorators, bases.
class Base:
    attr = 1

    def __init__(self, x):
        self.x = x
        self.__private = 2

    def method(self):
        return self.x + self.__private

    @property
    def prop(self):
        return self.x

    @staticmethod
    def static():
        return 1

    @classmethod
    def cls(cls):
        return cls()


class Derived(Base, metaclass=type):
    """A derived class."""

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def method(self):
        return super().method() + super(Derived, self).method()

    def uses_class(self):
        return __class__


def make():
    class Local:
        def get(self):
            return Local
    return Local


class Outer:
    class Inner:
        pass

    def __repr__(self):
        return f'{type(self).__name__}()'
