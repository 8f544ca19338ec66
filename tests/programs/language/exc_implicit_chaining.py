# Implicit exception chaining through __context__.

def risky():
    try:
        {}["key"]
    except KeyError:
        return 1 / 0

try:
    risky()
except ZeroDivisionError as e:
    print(repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__.args)

# Context is set even when re-raising a different exception in finally
try:
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
except ValueError as e:
    print("outer still ValueError:", e, "context:", e.__context__)

# Context chains three deep
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" -> ".join(chain))

# Raising the same exception being handled doesn't create a self-loop
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context avoided:", e.__context__)

# Context is not set when nothing is being handled
try:
    raise RuntimeError("fresh")
except RuntimeError as e:
    print("fresh context:", e.__context__)

# Exception handled and finished: later exceptions get no context
try:
    raise KeyError("done")
except KeyError:
    pass
try:
    raise ValueError("later")
except ValueError as e:
    print("later context:", e.__context__)

# Handling inside a function called from an except block
def helper():
    try:
        raise OSError("in helper")
    except OSError as e:
        return e
try:
    raise LookupError("outer handled")
except LookupError:
    err = helper()
print("helper's context:", repr(err.__context__))

# Breaking a cycle: raising the outer exception from inside its own handler chain
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            a.__context__ = None
            raise a
except ValueError as final:
    print("final:", repr(final), "context:", repr(final.__context__))
