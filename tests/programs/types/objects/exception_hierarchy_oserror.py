# The builtin exception hierarchy, part 2: OSError subclasses and warnings

import builtins

def mro_names(cls):
    return [c.__name__ for c in cls.__mro__]

names = ["OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
         "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
         "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
         "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
         "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
         "SyntaxWarning", "UnicodeWarning", "UserWarning"]
for n in names:
    cls = getattr(builtins, n)
    print(n, mro_names(cls)[1:])

print(sorted(c.__name__ for c in OSError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in Warning.__subclasses__() if c.__module__ == "builtins"))

# every builtin exception class is a subclass of BaseException
all_exc = sorted(n for n in dir(builtins)
                 if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(all_exc))
print(all_exc)

# Each builtin exception class has a docstring
missing_doc = [n for n in all_exc if not getattr(builtins, n).__doc__]
print(missing_doc)
print(OSError.__doc__, "|", FileNotFoundError.__doc__, "|", Warning.__doc__)
print(TimeoutError.__doc__, "|", UserWarning.__doc__)
