# type.__annotations__: a class's own annotations, an empty dict of its own when it has none,
# never inherited from a base; types implemented in C have none.


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class Base:
    x: int
    y: 'str' = 'y'


class Child(Base):
    pass


class Grandchild(Child):
    z: float


show('Base', lambda: Base.__annotations__)
show('Child', lambda: Child.__annotations__)
show('Child dict after', lambda: Child.__dict__['__annotations__'])
show('Grandchild', lambda: Grandchild.__annotations__)
show('instance', lambda: Base().__annotations__)
show('child instance', lambda: Child().__annotations__ is Child.__annotations__)
show('int', lambda: int.__annotations__)
show('hasattr int', lambda: hasattr(int, '__annotations__'))


def set_int():
    int.__annotations__ = {}


show('set int', set_int)


class Plain:
    pass


Plain.__annotations__ = {'a': list}
show('set', lambda: (Plain.__annotations__, Plain.__dict__['__annotations__']))
del Plain.__annotations__
show('after del', lambda: '__annotations__' in Plain.__dict__)


def del_again():
    del Plain.__annotations__
    del Plain.__annotations__


show('del twice', del_again)
show('fresh', lambda: Plain.__annotations__)
