# Reading an unset __slots__ attribute names the type fully qualified (CPython's %T): with its
# module, except for classes of builtins and __main__.
class Plain:
    __slots__ = ('x',)


class Elsewhere:
    __slots__ = ('y',)


Elsewhere.__module__ = 'some.module'


class Outer:
    class Inner:
        __slots__ = ('z',)
    Inner.__module__ = 'pkg'


for obj, name in [(Plain(), 'x'), (Elsewhere(), 'y'), (Outer.Inner(), 'z')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e, '|', e.name, type(e.obj).__name__)
    try:
        delattr(obj, name)
    except AttributeError as e:
        print(e)
