# __class__ assignment rules

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("to int", lambda: setattr(a, "__class__", int))
attempt("to 1", lambda: setattr(a, "__class__", 1))
attempt("del", lambda: delattr(a, "__class__"))
attempt("int instance", lambda: setattr(1, "__class__", bool))
attempt("list instance", lambda: setattr([], "__class__", tuple))
attempt("object instance", lambda: setattr(object(), "__class__", A))

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class S4:
    __slots__ = ("x", "y")

s = S1()
attempt("S1->S2", lambda: setattr(s, "__class__", S2))
print(type(s).__name__)
attempt("S2->S3", lambda: setattr(s, "__class__", S3))
attempt("S2->S4", lambda: setattr(s, "__class__", S4))
attempt("S2->A", lambda: setattr(s, "__class__", A))
attempt("A->S1", lambda: setattr(A(), "__class__", S1))

class L(list):
    pass
class L2(list):
    pass
lst = L([1, 2])
attempt("L->L2", lambda: setattr(lst, "__class__", L2))
print(type(lst).__name__, lst)
attempt("L->list", lambda: setattr(lst, "__class__", list))
attempt("L->A", lambda: setattr(lst, "__class__", A))

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
attempt("class __class__ M1->M2", lambda: setattr(X, "__class__", M2))
print(type(X).__name__)
attempt("class __class__ ->int", lambda: setattr(X, "__class__", int))

# module subclass
import sys
class MyMod(type(sys)):
    def hello(self):
        return "hello " + self.__name__
m = type(sys)("mm")
m.__class__ = MyMod
print(m.hello())

# instance dict preserved
a2 = A()
a2.v = 10
a2.__class__ = B
print(a2.v, vars(a2))
