# Exception hierarchies and handler selection.

class AppError(Exception):
    """Base for application errors."""

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    pass

class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(f"{host} returned {code}")
        self.host = host
        self.code = code

class Timeout(NetworkError):
    pass

print([c.__name__ for c in MissingKey.__mro__])
print([c.__name__ for c in Timeout.__mro__])

def fail(kind):
    if kind == "missing":
        raise MissingKey("db_url")
    if kind == "config":
        raise ConfigError("bad config")
    if kind == "timeout":
        raise Timeout("example.com", 504)
    if kind == "network":
        raise NetworkError("example.org", 500)
    if kind == "key":
        raise KeyError("plain")
    if kind == "other":
        raise RuntimeError("unexpected")

for kind in ["missing", "config", "timeout", "network", "key", "other"]:
    try:
        fail(kind)
    except Timeout as e:
        print(kind, "-> Timeout handler", e.host, e.code)
    except NetworkError as e:
        print(kind, "-> NetworkError handler:", e)
    except KeyError as e:
        print(kind, "-> KeyError handler:", repr(e), isinstance(e, AppError))
    except AppError as e:
        print(kind, "-> AppError handler:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> generic handler:", type(e).__name__, e)

# Handler order matters: a base class first shadows subclasses
try:
    raise Timeout("h", 1)
except AppError:
    print("AppError caught Timeout first")
except Timeout:
    print("never reached")

# Builtin hierarchy facts
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (FileNotFoundError, OSError),
    (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
    (TimeoutError, OSError), (IndentationError, SyntaxError), (TabError, SyntaxError),
    (UnboundLocalError, NameError), (BrokenPipeError, ConnectionError), (bool, int),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} < {base.__name__:18} {issubclass(sub, base)}")
print(EnvironmentError is OSError, IOError is OSError)

# Catching with a tuple held in a variable
handled = (ValueError, TypeError, ZeroDivisionError)
for exc in [ValueError, TypeError, ZeroDivisionError]:
    try:
        raise exc("x")
    except handled as e:
        print("tuple caught", type(e).__name__)

# Catching something that is not an exception class (checked only when something is raised)
for bad in (42, (ValueError, (TypeError,)), "ValueError"):
    try:
        try:
            raise ValueError("inner")
        except bad:
            pass
    except TypeError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
