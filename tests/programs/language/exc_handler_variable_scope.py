# The `as` target is deleted at the end of the except block.

e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    e
except NameError as err:
    print(type(err).__name__, err)

# Saving the exception requires another name
try:
    raise KeyError("k")
except KeyError as exc:
    saved = exc
print("saved:", repr(saved))

# In a function: the name becomes unbound (UnboundLocalError on access)
def f():
    try:
        1 / 0
    except ZeroDivisionError as problem:
        pass
    try:
        return problem
    except UnboundLocalError as u:
        return f"{type(u).__name__}: {u}"
print(f())

# The deletion happens even if the handler body deletes or rebinds the name
try:
    raise OSError("x")
except OSError as oe:
    oe = "rebound"
print("oe" in globals())

# except* target behaves the same
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as group:
    print("group inside:", type(group).__name__)
print("group" in globals())

# Name used in a comprehension inside the handler
try:
    raise ValueError("a", "b")
except ValueError as err:
    parts = [str(p) + "!" for p in err.args]
print(parts)

# Closures capturing the exception variable see it deleted later
def make():
    try:
        raise RuntimeError("captured")
    except RuntimeError as ex:
        get = lambda: ex
        print("closure works inside:", get())
    try:
        return get()
    except NameError as n:
        return f"{type(n).__name__}: {n}"
print(make())

# Loop variable named like the handler target
for e in range(2):
    try:
        raise IndexError(e)
    except IndexError as e:
        print("loop handler", e)
print("e after loop exists:", "e" in globals())
