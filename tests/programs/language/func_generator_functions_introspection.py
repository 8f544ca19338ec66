# Functions with various body shapes: returns, implicit None, early exits.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    if n % 2:
        return "odd"
    # fall through: implicit None for even positive

print([classify(n) for n in (-2, 0, 3, 4)])

def multi():
    return 1, "two", [3]

a, b, c = multi()
print(a, b, c, type(multi()).__name__)

def first_match(items, pred):
    for i, item in enumerate(items):
        if pred(item):
            return i, item
    return None

print(first_match("hello", str.isupper))
print(first_match("heLlo", str.isupper))

def nothing():
    pass

print(nothing(), nothing() is None)

def returns_function(kind):
    if kind == "sq":
        def op(x): return x * x
    else:
        def op(x): return -x
    return op

print(returns_function("sq")(7), returns_function("neg")(7))
print(returns_function("sq").__name__, returns_function("sq").__qualname__)

# Function identity and equality
f1 = returns_function("sq")
f2 = returns_function("sq")
print(f1 is f2, f1 == f2, f1 == f1)
print(f1.__code__ is f2.__code__)

# return inside try/finally
def guarded(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "div0"
    finally:
        print("  finally for", x)

print(guarded(2))
print(guarded(0))

# Functions stored in data structures
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
    print(repr(value))
