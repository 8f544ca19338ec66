# Bare raise: re-raising the exception currently being handled.

log = []

def risky(n):
    if n % 3 == 0:
        raise ValueError(f"multiple of three: {n}")
    return n

def with_logging(n):
    try:
        return risky(n)
    except ValueError as e:
        log.append(str(e))
        raise

for n in range(1, 7):
    try:
        print("ok", with_logging(n))
    except ValueError as e:
        print("re-raised:", e)
print(log)

# The re-raised exception is the same object
saved = None
try:
    try:
        raise KeyError("same")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print("same object:", e2 is saved)

# Bare raise outside any handler
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# Bare raise in a nested function called from a handler re-raises the handled exception
def reraiser():
    raise

try:
    try:
        raise IndexError("handled")
    except IndexError:
        reraiser()
except IndexError as e:
    print("from helper:", e)

# After a nested handler finishes, bare raise refers to the outer exception again
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("restored:", e)

# Conditional re-raise
def safe_div(a, b, strict):
    try:
        return a / b
    except ZeroDivisionError:
        if strict:
            raise
        return float("inf")

print(safe_div(1, 0, False))
try:
    safe_div(1, 0, True)
except ZeroDivisionError as e:
    print("strict:", e)

# raise e vs bare raise both keep the object; tracebacks differ only in frames
try:
    try:
        int("q")
    except ValueError as e:
        err = e
        raise err
except ValueError as e:
    print(e is err, e)
