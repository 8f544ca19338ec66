# __init_subclass__ with keyword arguments

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name)

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("unknown kw to object", lambda: type("C", (Plugin,), {}, color="red"))
def make_plain():
    class P(color="red"):
        pass
attempt("kw with no hook", make_plain)
def make_plain2():
    class P2(object, size=1, weight=2):
        pass
attempt("two kws with no hook", make_plain2)

# __init_subclass__ is implicitly a classmethod
class Base:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "called on", cls.__mro__[1].__name__)
print(type(Base.__dict__["__init_subclass__"]).__name__)
class Sub(Base):
    pass
class SubSub(Sub):
    pass

# not called for the class defining it
class Self:
    def __init_subclass__(cls):
        print("never for Self")
print("Self made")

# explicit call
Base.__init_subclass__()
attempt("object.__init_subclass__ positional", lambda: object.__init_subclass__(1))
attempt("object.__init_subclass__ kw", lambda: object.__init_subclass__(x=1))
print(object.__init_subclass__())

# metaclass kwargs vs __init_subclass__ kwargs
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__ kw", kw)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass kw", kw)
class Child(WithMeta, flavor="x"):
    pass

# multiple inheritance: only the first __init_subclass__ in the MRO
class L:
    def __init_subclass__(cls, **kw):
        print("L hook", cls.__name__, kw)
        super().__init_subclass__(**kw)
class R:
    def __init_subclass__(cls, **kw):
        print("R hook", cls.__name__, kw)
        super().__init_subclass__(**kw)
class LR(L, R, tag=1):
    pass

# an error in __init_subclass__ propagates out of the class statement
class Strict:
    def __init_subclass__(cls, required):
        cls.required = required
def missing():
    class Bad(Strict):
        pass
attempt("missing required", missing)
class Good(Strict, required=5):
    pass
print(Good.required)
