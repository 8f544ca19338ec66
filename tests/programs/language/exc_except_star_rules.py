# Finer points of except*.

# Each except* clause runs at most once, with all matching leaves
try:
    raise ExceptionGroup("many", [ValueError(1), ValueError(2), TypeError(3), ValueError(4)])
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [e.args[0] for e in eg.exceptions])

# A leaf is handled by the first matching clause only
try:
    raise ExceptionGroup("g", [KeyError("k"), IndexError("i")])
except* LookupError as eg:
    print("LookupError clause got", sorted(type(e).__name__ for e in eg.exceptions))
except* KeyError:
    print("never: KeyError already handled")

# Re-raising inside except* keeps the original leaves
try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled ValueError, re-raising")
        raise
except ExceptionGroup as eg:
    print("outer:", eg.message, [type(e).__name__ for e in eg.exceptions])

# Nothing matches: the whole group propagates unchanged
g = ExceptionGroup("untouched", [ValueError()])
try:
    try:
        raise g
    except* TypeError:
        print("never")
except ExceptionGroup as eg:
    print("same object propagated:", eg is g)

# else and finally with except*
for raise_it in (False, True):
    try:
        if raise_it:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("except* ran")
    else:
        print("else ran")
    finally:
        print("finally ran")

# except* cannot catch ExceptionGroup itself
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Naked exception not matching except* propagates naked
try:
    try:
        raise KeyError("plain")
    except* ValueError:
        print("never")
except KeyError as e:
    print("naked propagated:", repr(e))

# Naked exception that matches is wrapped; raising a new one from the handler
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("wrapped message:", repr(eg.message), eg.exceptions)
        raise RuntimeError("replacement") from eg.exceptions[0]
except ExceptionGroup as outer:
    print("outer group:", [repr(e) for e in outer.exceptions], repr(outer.exceptions[0].__cause__))
except RuntimeError as r:
    print("runtime error directly:", repr(r), repr(r.__cause__))
