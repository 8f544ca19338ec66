# Inspecting e.__traceback__ without the traceback module.

def innermost():
    return {}["missing"]

def middle():
    return innermost()

def outer():
    return middle()

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)

# The traceback grows as the exception propagates through frames
def thrower():
    raise ValueError("x")

def catcher():
    try:
        thrower()
    except ValueError as e:
        depth = 0
        tb = e.__traceback__
        while tb:
            depth += 1
            tb = tb.tb_next
        print("depth inside catcher:", depth, e.__traceback__.tb_lineno)
        raise

try:
    catcher()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines after re-raise:", lines)

# A fresh exception object has no traceback until raised
err = RuntimeError("fresh")
print(err.__traceback__)
try:
    raise err
except RuntimeError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)

# tb_frame gives access to locals at the point of failure
def compute(values):
    total = 0
    for v in values:
        total += 10 / v
    return total

try:
    compute([5, 2, 0, 1])
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    loc = tb.tb_frame.f_locals
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, loc["total"], loc["v"])

# Multi-line expressions report the line of the failing sub-expression
def multiline():
    data = {"a": 1}
    return (
        data["a"]
        + data["b"]
    )
try:
    multiline()
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("multiline lineno:", tb.tb_lineno)
print(multiline.__code__.co_firstlineno, compute.__code__.co_firstlineno)
