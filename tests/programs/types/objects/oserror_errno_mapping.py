# OSError attributes and the errno -> subclass mapping

e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.filename, e.args, str(e))
e = OSError(1, "Operation not permitted", "src", None, "dst")
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))

mapping = {}
for errno in range(0, 130):
    cls = type(OSError(errno, "msg"))
    if cls is not OSError:
        mapping.setdefault(cls.__name__, []).append(errno)
for name in sorted(mapping):
    print(name, mapping[name])

# only the two-to-five argument form maps
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", 0, "g", "extra")).__name__)
print(OSError(2).errno, OSError("just message").errno, OSError("a", "b").errno)

# a subclass called directly keeps its class
e = FileNotFoundError(13, "Permission denied")
print(type(e).__name__, e.errno)

# subclasses of OSError do not remap
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__)

# str forms
print(str(OSError()), str(OSError("m")), str(OSError(5, "I/O")), str(OSError(5, "I/O", "f")))
print(str(OSError(5, "I/O", None, None, "g")), str(OSError(5, "I/O", "f", None, "g")))
print(repr(OSError(2, "x")), repr(FileNotFoundError(2, "x", "p")))
print(str(OSError(None, "strerror only")), str(OSError(5, None)))

# attribute assignment
e = OSError(1, "a")
e.errno = 99
e.strerror = "changed"
e.filename = "file"
print(e.errno, e.strerror, e.filename, str(e), e.args)
e.characters_written = 3 if hasattr(e, "characters_written") else None
b = BlockingIOError(11, "would block", 7)
print(type(b).__name__, b.characters_written, b.args, b.filename)
try:
    OSError().characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(BlockingIOError(11, "x").args)
try:
    del BlockingIOError(11, "x").characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)

# OSError with a non-int errno
e = OSError("two", "args")
print(e.errno, e.strerror, type(e).__name__)
print(OSError(2.0, "x").errno, type(OSError(2.0, "x")).__name__)
