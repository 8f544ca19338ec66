# Exception objects: args, str, repr, chaining, custom classes
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(KeyError("a", "b")), repr(IndexError(5)), str(Exception(None)), str(Exception("")), repr(Exception("")))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__], [c.__name__ for c in StopIteration.__mro__])
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field
        self.problem = problem
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "code=%d" % self.code
try:
    raise ValidationError("age", "must be positive")
except AppError as err:
    print(type(err).__name__, err, err.field, err.problem, err.args)
try:
    raise CodeError(404)
except AppError as err:
    print(type(err).__name__, err, repr(err), err.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("wrapped") from inner
except ValueError as outer:
    print(outer, type(outer.__cause__).__name__, outer.__cause__, outer.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as outer:
    print(outer, repr(outer.__context__), outer.__cause__)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise OSError("second") from None
except OSError as outer:
    print(outer, outer.__suppress_context__, repr(outer.__context__))
def raiser(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("msg")
    if kind == 3:
        raise KeyError("key")
    return "ok"
for k in range(4):
    try:
        print(raiser(k))
    except (ValueError, KeyError) as err:
        print("caught", type(err).__name__, repr(err))
    else:
        print("else branch")
    finally:
        print("finally", k)
try:
    raise Exception("a", "b", 3)
except Exception as err:
    print(err, err.args[2])
e2 = OSError(2, "No such file")
print(e2.errno, e2.strerror, str(e2), type(e2).__name__)
e3 = StopIteration(7)
print(e3.value, e3.args)
e4 = SystemExit(3)
print(e4.code, repr(e4))
try:
    raise 5
except TypeError as err:
    print("TypeError", err)
try:
    raise ValueError from 5
except TypeError as err:
    print("TypeError", err)
err = ValueError("x")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__, str(err))
try:
    raise AppError
except AppError as err:
    print(repr(err), err.args)
