# ExceptionGroup builtin
eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), ValueError("another"), KeyError("k")])
print(eg, repr(eg.message), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
print(str(eg), eg.args[0])
match, rest = eg.split(ValueError)
print(match, [str(e) for e in match.exceptions])
print(rest, [repr(e) for e in rest.exceptions])
only_types = eg.subgroup(TypeError)
print(only_types, only_types.exceptions)
print(eg.subgroup(ZeroDivisionError), eg.split(OSError))
nested = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
m, r = nested.split(ValueError)
print(m, m.exceptions[0], m.exceptions[1], m.exceptions[1].exceptions)
print(r, r.exceptions[0].exceptions)
sub = nested.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))
print(sub, sub.exceptions[0].exceptions)
try:
    raise ExceptionGroup("group", [ValueError(1), RuntimeError(2)])
except* ValueError as g:
    print("caught ValueError part:", repr(g))
except* RuntimeError as g:
    print("caught RuntimeError part:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), IndexError("b")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("all exceptions", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
errors = []
for raw in ["1", "x", "3", "", "5.5"]:
    try:
        errors.append(int(raw))
    except ValueError as e:
        errors.append(e)
problems = [e for e in errors if isinstance(e, Exception)]
if problems:
    g = ExceptionGroup("parse errors", problems)
    print(g, [str(e) for e in g.exceptions])
    d = g.derive([ValueError("derived")])
    print(type(d).__name__, d, d.exceptions)
