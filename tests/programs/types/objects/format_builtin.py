# format() and __format__: delegation, defaults, errors

print(format(42), format(42, "05d"), format(3.5, ".2f"), format("ab", ">5"), format(True))
print(format(None), repr(format("")), format([1, 2]), format(1j, ""))

class Custom:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Custom()), format(Custom(), "xyz"), f"{Custom():abc}", "{:q}".format(Custom()))

class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("object spec", lambda: format(Plain(), "10"))
attempt("object() spec", lambda: format(object(), "x"))
attempt("list spec", lambda: format([1], ">5"))
attempt("None spec", lambda: format(None, "s"))
attempt("spec not str", lambda: format(1, 5))
attempt("spec None", lambda: format(1, None))

class ReturnsInt:
    def __format__(self, spec):
        return 5
attempt("returns int", lambda: format(ReturnsInt()))
attempt("returns int f-string", lambda: f"{ReturnsInt()}")

class StrSub(str):
    pass
class ReturnsStrSub:
    def __format__(self, spec):
        return StrSub("sub")
r = format(ReturnsStrSub())
print(r, type(r).__name__)

class NoFormat:
    __format__ = None
attempt("format None", lambda: format(NoFormat()))

attempt("bad int spec", lambda: format(5, "q"))
attempt("bad str spec", lambda: format("s", "d"))
attempt("bad float spec", lambda: format(1.0, "d"))
attempt("comma str", lambda: format("s", ","))
attempt("sign str", lambda: format("s", "+"))
attempt("= str", lambda: format("s", "=5"))
attempt("no args", lambda: format())
attempt("three args", lambda: format(1, "", 2))
attempt("object.__format__ direct", lambda: object.__format__(1, ""))
attempt("object.__format__ spec", lambda: object.__format__(1, "d"))
attempt("object.__format__ non-str", lambda: object.__format__(1, 1))

# format of a subclass of int uses int's __format__ unless overridden
class MyInt(int):
    def __str__(self):
        return "myint"
print(format(MyInt(5)), format(MyInt(5), "03"), str(MyInt(5)), f"{MyInt(7)!s}", f"{MyInt(7)!r}")

class MyFloat(float):
    def __format__(self, spec):
        return "F" + super().__format__(spec)
print(format(MyFloat(1.5), ".3f"), f"{MyFloat(2):g}")

# format called on the type, not the instance
c = Custom()
c.__format__ = lambda spec: "instance"
print(format(c, "t"))
print(format(1234567, ","), format(1234567, "_x"), format(-5, "=+8"), format(255, "#b"))
print(format("abc", "^9"), format("abc", "*<6.2"), format(0.1, "%"), format(12, "c"))
