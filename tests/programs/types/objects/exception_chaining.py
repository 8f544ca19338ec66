# __cause__, __context__, __suppress_context__ and raise ... from ...

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as inner:
        raise TypeError("converted") from inner
except TypeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__, e.__cause__ is e.__context__)

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# from an exception class: instantiated
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

def bad_from():
    raise ValueError("x") from 5
attempt("from int", bad_from)
def bad_from_class():
    raise ValueError("x") from int
attempt("from non-exception class", bad_from_class)

# setting attributes directly
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(type(e.__cause__).__name__, e.__suppress_context__)
e.__cause__ = None
e.__context__ = IndexError("i")
print(e.__cause__, type(e.__context__).__name__)
attempt("cause = 1", lambda: setattr(e, "__cause__", 1))
attempt("context = 'x'", lambda: setattr(e, "__context__", "x"))
e.__suppress_context__ = 1
print(e.__suppress_context__)
attempt("del cause", lambda: delattr(e, "__cause__"))

# context is set even when re-raising a different exception in finally
try:
    try:
        raise KeyError("first")
    finally:
        try:
            raise IndexError("second")
        except IndexError as second:
            print("second context:", type(second.__context__).__name__)
except KeyError as e:
    print("first survived", e.__context__)

# a context cycle is broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as final:
    print(type(final.__context__).__name__, final.__context__.__context__)

# explicit raise of the handled exception keeps its context unchanged
try:
    try:
        raise ValueError("original")
    except ValueError as v:
        raise
except ValueError as e:
    print(e.__context__)

# with_traceback returns self
e = ValueError("t")
print(e.with_traceback(None) is e, e.__traceback__)
attempt("with_traceback bad", lambda: e.with_traceback(5))
attempt("__traceback__ bad", lambda: setattr(e, "__traceback__", "x"))
try:
    raise e
except ValueError as caught:
    print(type(caught.__traceback__).__name__, caught.__traceback__.tb_lineno > 0)
    again = ValueError("copy").with_traceback(caught.__traceback__)
    print(again.__traceback__ is caught.__traceback__)
