# Nested exception groups: split, subgroup, derive, and except* over nesting.

def leaves(eg, depth=0):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print("  " * depth + f"group {e.message!r}")
            leaves(e, depth + 1)
        else:
            print("  " * depth + f"{type(e).__name__}: {e}")

eg = ExceptionGroup("top", [
    ValueError("v1"),
    ExceptionGroup("io", [OSError("disk"), ValueError("v2")]),
    TypeError("t1"),
    ExceptionGroup("deep", [ExceptionGroup("deeper", [ValueError("v3"), KeyError("k")])]),
])
leaves(eg)

match, rest = eg.split(ValueError)
print("--- match")
leaves(match)
print("--- rest")
leaves(rest)

print("--- subgroup by predicate")
sub = eg.subgroup(lambda e: isinstance(e, (OSError, KeyError)))
leaves(sub)
print(eg.subgroup(ZeroDivisionError))
print(eg.subgroup(lambda e: True) is eg)

m2, r2 = eg.split(Exception)
print(m2 is eg, r2)

# Groups preserve message and structure; empty nested groups are dropped
m3, r3 = eg.split(KeyError)
print(repr(m3))
print(len(r3.exceptions), [type(e).__name__ for e in r3.exceptions])

# derive() is used to build the parts; override to keep custom attributes
class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)
    def derive(self, excs):
        return TaggedGroup(self.message, excs, self.tag)

tg = TaggedGroup("tagged", [ValueError("a"), TypeError("b")], "batch-7")
m, r = tg.split(ValueError)
print(type(m).__name__, m.tag, type(r).__name__, r.tag, m.exceptions, r.exceptions)

# except* over nested groups flattens matching into one group with structure kept
try:
    raise eg
except* ValueError as caught:
    print("caught ValueErrors:")
    leaves(caught, 1)
except* OSError as caught:
    print("caught OSErrors:", [str(e) for e in caught.exceptions])
except* (TypeError, KeyError) as caught:
    print("caught TypeError/KeyError:")
    leaves(caught, 1)

# Raising in an except* block: new exceptions are grouped with what's left
try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as outer:
    print(repr(outer.message), [type(e).__name__ for e in outer.exceptions])
    print([repr(e.__context__) for e in outer.exceptions if isinstance(e, RuntimeError)])
