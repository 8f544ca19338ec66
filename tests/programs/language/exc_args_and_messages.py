# str() and repr() of builtin exceptions built with various args.

cases = [
    Exception(),
    Exception("one"),
    Exception("one", "two"),
    Exception(42),
    Exception(None),
    ValueError(""),
    KeyError("key"),
    KeyError(("tuple", "key")),
    KeyError(),
    KeyError(1, 2),
    IndexError("list index out of range"),
    OSError(2, "No such file"),
    OSError(2, "No such file", "data.txt"),
    OSError("just a message"),
    FileNotFoundError(2, "No such file or directory", "x.cfg"),
    StopIteration(5),
    SystemExit(3),
    SystemExit(),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    AttributeError("attr"),
    NameError("name"),
]
for e in cases:
    print(f"{type(e).__name__:20} str={str(e)!r:48} repr={e!r}")

# Special attributes
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
ose = OSError(2, "No such file", "data.txt")
print(ose.errno, ose.strerror, ose.filename, type(ose).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)
ude = cases[18]
print(ude.encoding, ude.object, ude.start, ude.end, ude.reason)

# Built-in error messages from real operations
ops = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {}[("x", 1)],
    lambda: int("12a"),
    lambda: float("one"),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(5),
    lambda: "abc".index("z"),
    lambda: set().pop(),
    lambda: [1, 2, 3].remove(7),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: "x".join([1]),
    lambda: None.attr,
    lambda: (5).real.imag.nope,
    lambda: int("9" * 5000),
    lambda: 2.0 ** 10000,
    lambda: range(3)[10],
    lambda: "abc".encode("ascii").decode("utf-16"),
    lambda: "é".encode("ascii"),
]
for op in ops:
    try:
        op()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
