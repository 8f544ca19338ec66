# Class-related builtins: super, __class__, __name__, __mro__, __subclasses__ (user classes), __init_subclass__
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls.__name__)
    def describe(self):
        return "Base(%s)" % self.tag
    def __repr__(self):
        return "<%s>" % type(self).__name__
class A(Base, tag="alpha"):
    def describe(self):
        return "A->" + super().describe()
class B(Base):
    def describe(self):
        return "B->" + super().describe()
class C(A, B):
    def describe(self):
        return "C->" + super().describe()
print(Base.registry, A.tag, B.tag, C.tag)
print(C().describe(), [k.__name__ for k in C.__mro__], [k.__name__ for k in C.mro()])
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
print(super(C, C()).describe(), super(A, C()).describe(), super(B, C()).describe())
print(C.__name__, C.__qualname__, C.__bases__, C().__class__.__name__, type(C()).__mro__[1].__name__)
class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__
    def func(self):
        def local():
            pass
        return local.__qualname__
print(Outer.Inner.__qualname__, Outer.Inner().method(), Outer().func(), Outer.func.__qualname__, Outer.Inner.method.__name__)
class WithClassVar:
    def __init__(self):
        print("class via __class__:", __class__.__name__, self.__class__.__name__)
class SubWith(WithClassVar):
    pass
SubWith()
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError", e)
class Shape:
    def __init__(self, name):
        self.name = name
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
sq = Square(3)
print(sq.name, sq.side, vars(sq), isinstance(sq, Shape), Square.__init__ is Shape.__init__)
print(type.__name__, type(type), type(Base).__name__, isinstance(Base, type), issubclass(type, object), object.__class__.__name__)
