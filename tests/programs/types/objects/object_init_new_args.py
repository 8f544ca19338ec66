# object.__new__ / object.__init__ excess-argument rules

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Plain:
    pass

class OnlyInit:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

class OnlyNew:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

class Both:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, *args):
        self.args = args

class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)

attempt("object()", lambda: object())
attempt("object(1)", lambda: object(1))
attempt("object(x=1)", lambda: object(x=1))
attempt("Plain()", lambda: Plain())
attempt("Plain(1)", lambda: Plain(1))
attempt("Plain(a=1)", lambda: Plain(a=1))
attempt("OnlyInit(1)", lambda: OnlyInit(1))
attempt("OnlyInit()", lambda: OnlyInit())
attempt("OnlyInit(1,2,3)", lambda: OnlyInit(1, 2, 3))
attempt("OnlyNew(1, 2)", lambda: OnlyNew(1, 2))
attempt("OnlyNew(k=1)", lambda: OnlyNew(k=1))
attempt("Both(1, 2)", lambda: Both(1, 2))
attempt("NewPassesArgs()", lambda: NewPassesArgs())
attempt("NewPassesArgs(1)", lambda: NewPassesArgs(1))
attempt("InitPassesArgs()", lambda: InitPassesArgs())
attempt("InitPassesArgs(1)", lambda: InitPassesArgs(1))

# calling the slots directly
attempt("object.__new__(Plain)", lambda: object.__new__(Plain))
attempt("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
attempt("object.__new__(OnlyInit, 1)", lambda: object.__new__(OnlyInit, 1))
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(1)", lambda: object.__new__(1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__init__(Plain())", lambda: object.__init__(Plain()))
attempt("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))
attempt("object.__init__(OnlyNew(), 1)", lambda: object.__init__(OnlyNew(), 1))
attempt("object.__init__(OnlyInit(1), 1)", lambda: object.__init__(OnlyInit(1), 1))

# __init__ must return None
class BadInit:
    def __init__(self):
        return 42

attempt("BadInit()", lambda: BadInit())

# __new__ returning something else skips __init__
class Other:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never")

print(Other())

class Sub(Both):
    pass

s = Sub(1, 2, 3)
print(type(s).__name__, s.args)

# __new__ returning an instance of a subclass still runs __init__
class Base:
    def __new__(cls, *a):
        return object.__new__(Derived)
    def __init__(self, *a):
        print("Base init", type(self).__name__, a)

class Derived(Base):
    def __init__(self, *a):
        print("Derived init", a)

Base(5)
