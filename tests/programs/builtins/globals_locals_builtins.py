# globals(), locals(), vars() without arguments
counter = 0
def snapshot(a, b=2):
    c = a + b
    return sorted(locals().items())
print(snapshot(1), snapshot(5, b=-5))
def modify_global():
    globals()["counter"] = 99
    globals()["created_dynamically"] = "yes"
modify_global()
print(counter, created_dynamically)
g = globals()
print("snapshot" in g, "counter" in g, g["__name__"], type(g).__name__, "__builtins__" in g)
def show_locals():
    x = 1
    y = [2]
    loc = locals()
    loc["z"] = 3
    return sorted(k for k in loc), "z" in locals()
print(show_locals())
class K:
    a = 1
    b = a + 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names, K.b)
def outer():
    free = "captured"
    def inner():
        return sorted(locals().items())
    return inner()
print(outer())
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
def comprehension_scope():
    n = 10
    result = [locals().get("n", "no n") for _ in range(1)]
    return result, sorted(locals())
print(comprehension_scope())
