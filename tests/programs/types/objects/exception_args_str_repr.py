# args, str() and repr() of exceptions with 0, 1 and many arguments

for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(("t",)),
            ValueError(""), ValueError(1), KeyError(), KeyError("k"), KeyError("a", "b"),
            KeyError(1), KeyError(""), KeyError(None), IndexError(3), StopIteration(),
            StopIteration(5), SystemExit(), SystemExit(2), OSError(), OSError("x")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))

e = Exception("a", "b")
e.args = ["x"]
print(e.args, type(e.args).__name__, str(e), repr(e))
e.args = "ab"
print(e.args, str(e))
e.args = ()
print(repr(str(e)), repr(e))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("args = 5", lambda: setattr(e, "args", 5))
attempt("del args", lambda: delattr(e, "args"))
attempt("kwargs", lambda: Exception(x=1))
attempt("ValueError kwargs", lambda: ValueError("a", b=2))

# subclasses with custom __init__ still fill args from __new__
class MyError(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
me = MyError(1, 2)
print(me.args, str(me), repr(me), me.a)

class SetsArgs(Exception):
    def __init__(self, value):
        super().__init__("wrapped " + str(value))
print(SetsArgs(5).args, str(SetsArgs(5)))

class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("x")))

# str of an exception whose single argument is not a string
print(str(Exception([1, 2])), str(Exception({"k": 1})), str(Exception(1.5)))
class Arg:
    def __str__(self):
        return "Arg.__str__"
    def __repr__(self):
        return "Arg.__repr__"
print(str(Exception(Arg())), repr(Exception(Arg())), str(Exception(Arg(), 1)))
print(str(KeyError(Arg())), repr(KeyError(Arg())))

# exception instances are not equal unless identical
x, y = ValueError(1), ValueError(1)
print(x == y, x == x, hash(x) == hash(x))

# __dict__ and attribute assignment
e2 = ValueError("v")
e2.extra = 1
print(e2.__dict__, vars(e2))

# BaseException.__new__ vs __init__
b = BaseException.__new__(ValueError, 1, 2)
print(type(b).__name__, b.args)
BaseException.__init__(b, "reinit")
print(b.args)
print(repr(Exception("a\nb")), str(Exception("a\nb")))
