# Conditional expressions and boolean operators returning operands.

def label(n):
    return "even" if n % 2 == 0 else "odd"
print([label(n) for n in range(5)])

def sign(n):
    return "+" if n > 0 else "-" if n < 0 else "0"
print([sign(n) for n in (-2, 0, 3)])

# Only the chosen branch is evaluated
def boom():
    raise RuntimeError("should not run")
print("safe" if True else boom())
print(boom() if False else "also safe")

# and / or return one of their operands
print(0 or "default", "" or [] or None, "a" and "b", [] and "never", 1 and 0)
print(None or 0 or "last", 5 or boom(), 0 and boom())
name = ""
print(name or "anonymous", (name and name.upper()) or "-")

# not always returns a bool
print(not 0, not "x", not [], not None, type(not 1).__name__)

# Precedence: not binds looser than comparisons; and binds tighter than or
print(not 1 == 2, (not 1) == 2, True or False and False, (True or False) and False)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)

# Conditional expression in various positions
items = [3, 0, 7]
print(sum(x if x else 10 for x in items))
d = {("big" if x > 5 else "small"): x for x in items}
print(d)
f = (lambda a: a * 2) if len(items) > 2 else (lambda a: a)
print(f(21))
print(f"{'yes' if items else 'no'}")

# Default-argument style with or vs explicit None check
def greet(name=None, punctuation=None):
    name = name or "world"
    punctuation = "!" if punctuation is None else punctuation
    return f"hello {name}{punctuation}"
print(greet(), greet("ann", ""), greet("", "?"))

# Chained boolean short-circuit with side effects
trace = []
def t(v):
    trace.append(v)
    return v
t(0) or t("") or t(None) or t("found") or t("unused")
print(trace)
trace.clear()
t(1) and t([1]) and t(0) and t("unused")
print(trace)
