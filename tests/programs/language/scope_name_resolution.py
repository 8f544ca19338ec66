# LEGB resolution with builtins shadowed at various levels.

print(len("abc"))

def use_builtin():
    return len("abcd")

len = lambda s: "module-level len"
print(use_builtin())            # module global shadows the builtin at call time

def local_shadow():
    len = lambda s: "local len"
    return len("x")
print(local_shadow())

del len
print(use_builtin())            # builtin visible again

# Enclosing scope shadows global which shadows builtin
def enclosing():
    sum = lambda xs: "enclosing sum"
    def inner():
        return sum([1, 2])
    return inner()
sum_result = sum([1, 2])
print(enclosing(), sum_result)

# Assigning to a builtin name inside a function makes it local for the whole function
def broken():
    try:
        return print("this fails")
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
    finally:
        pass
    print = None
print(broken())

# Class scope is skipped by nested functions
x = "global"
class C:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
print(C().method(), C().lam())

# Names resolved at call time, not definition time
def later():
    return future_value
future_value = 1
print(later())
future_value = 2
print(later())

# Module __builtins__ lookups can be influenced via globals() only for the module
def uses_abs():
    return abs(-5)
globals()["abs"] = lambda v: "patched abs"
print(uses_abs())
del globals()["abs"]
print(uses_abs())

# Built-in constants can't be assigned
for src in ["None = 1", "True = 0", "__debug__ = 1", "def f(None): pass"]:
    try:
        compile(src, "<x>", "exec")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg}")
