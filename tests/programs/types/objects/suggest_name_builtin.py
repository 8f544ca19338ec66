# "Did you mean" for a NameError: a close builtin name

import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
print(len(names) > 100, "print" in names, "len" in names)

# builtins can be shadowed and restored
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))

# looking up a missing name through globals() and builtins
print("prnt" in globals(), hasattr(builtins, "prnt"))
try:
    prnt
except NameError as e:
    print(type(e).__name__, e.name, e)

# NameError inside a class body looks at globals and builtins too
try:
    class Body:
        x = missing_in_body
except NameError as e:
    print("class body:", e)

# eval with custom globals has its own builtins lookup
try:
    eval("lenn('x')", {})
except NameError as e:
    print("eval:", e)

def shout(text):
    return text.upper()

print(shout("ready"))
pritn(shout("oops"))
