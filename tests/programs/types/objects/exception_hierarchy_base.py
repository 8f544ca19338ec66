# The builtin exception hierarchy, part 1: BaseException's direct subclasses and arithmetic/lookup errors

import builtins

def mro_names(cls):
    return [c.__name__ for c in cls.__mro__]

names = ["BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
         "Exception", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ExceptionGroup",
         "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
         "MemoryError", "NameError", "UnboundLocalError", "ReferenceError",
         "RuntimeError", "NotImplementedError", "RecursionError", "PythonFinalizationError",
         "StopAsyncIteration", "StopIteration", "SyntaxError", "IndentationError", "TabError",
         "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "UnicodeTranslateError"]
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__name__ == n, cls.__module__, mro_names(cls)[1:])

print(sorted(c.__name__ for c in BaseException.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in RuntimeError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ValueError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ImportError.__subclasses__() if c.__module__ == "builtins"))

print(issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(TabError, SyntaxError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), (TypeError, IndexError)))
print(EnvironmentError is OSError, IOError is OSError)

# catching by base class
for exc in [ZeroDivisionError, KeyError, IndexError, UnicodeDecodeError, RecursionError]:
    try:
        if exc is UnicodeDecodeError:
            b"\xff".decode("utf-8")
        else:
            raise exc("x")
    except (ArithmeticError, LookupError) as e:
        print("caught lookup/arith", type(e).__name__)
    except ValueError as e:
        print("caught ValueError", type(e).__name__)
    except RuntimeError as e:
        print("caught RuntimeError", type(e).__name__)
