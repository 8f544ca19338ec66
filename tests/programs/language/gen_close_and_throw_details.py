# Detailed semantics of generator close() and throw().

def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return "ignored on close"

g = gen_with_return_in_finally()
next(g)
print("close returns:", g.close())

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, returning normally")
        return "value"
g = catches_exit()
next(g)
print("close after normal return:", g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close propagated:", e, "| context:", repr(e.__context__))

# throw() on a finished generator re-raises immediately
def short():
    yield 1
g = short()
list(g)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("finished generator re-raised", repr(e))

# throw() handled and generator finishes -> StopIteration
def handles_then_ends():
    try:
        yield 1
    except ValueError:
        pass
g = handles_then_ends()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw caused StopIteration, value", e.value)

# throw() where the handler yields returns that value
def handler_yields():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield f"handled {e}"
g = handler_yields()
print(next(g), "|", g.throw(ValueError("x")), "|", next(g))

# Exception thrown in keeps traceback pointing inside the generator
def deep():
    yield 1
g = deep()
next(g)
try:
    g.throw(RuntimeError("thrown"))
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)

# Closing inside the generator itself
def self_closer():
    yield 1
    me.close()
    yield 2
me = self_closer()
next(me)
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# del of a suspended generator runs finally (CPython: immediately via refcount)
def with_finally():
    try:
        yield 1
    finally:
        print("  finally on explicit close")
g = with_finally()
next(g)
g.close()
print("done")
