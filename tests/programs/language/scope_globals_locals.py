# globals(), locals() and how they relate to real variables.

counter = 0
print(type(globals()).__name__, globals() is globals())
print("counter" in globals(), globals()["counter"], globals()["__name__"])

globals()["created_dynamically"] = "made via globals()"
print(created_dynamically)

def bump():
    globals()["counter"] += 1
bump(); bump()
print(counter)

def show_locals(a, b=2, *args, **kw):
    c = a + b
    return sorted(locals().items())
print(show_locals(1, 5, 6, z=7))

def locals_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], x, locals()["x"]
print(locals_snapshot())

def write_to_locals():
    y = "original"
    locals()["y"] = "changed?"
    return y
print(write_to_locals())

# locals() at module level is globals()
print(locals() is globals())

# In a class body, locals() is the class namespace being built
class K:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)

# Closures: free variables appear in locals()
def outer():
    free = "free var"
    def inner():
        local = "local var"
        free  # reference makes it a free variable
        return sorted(locals())
    return inner()
print(outer())

# Builtins are found via __builtins__
print(type(__builtins__).__name__ in ("module", "dict"), "len" in dir(__builtins__))

# Names listed by dir() with no args in a function
def f():
    alpha = 1
    beta = 2
    return dir()
print(f())

# Deleting a global via globals()
temp = 1
del globals()["temp"]
print("temp" in globals())
