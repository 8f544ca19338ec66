# Order of evaluation: function expression, positional args, keyword args, unpacking.

log = []
def v(label, value=None):
    log.append(label)
    return value if value is not None else label

def target(*args, **kwargs):
    return args, kwargs

def get_func(label):
    log.append(label)
    return target

result = get_func("func")(v("a1"), v("a2"), k1=v("k1"), *[v("star")], k2=v("k2"), **{"k3": v("dstar")})
print(result)
print(log)

log.clear()
d = {v("key1"): v("val1"), v("key2"): v("val2")}
print(log)

log.clear()
x = v("left", 1) + v("right", 2) * v("mul", 3)
print(x, log)

log.clear()
obj = {"a": [0, 0]}
v("container", obj)[v("key", "a")][v("index", 1)] = v("value", 9)
print(obj, log)

log.clear()
a, b = v("first", 1), v("second", 2)
print(log)

log.clear()
def defaults(p=v("default-evaluated-at-def")):
    return p
print(log)
log.clear()
defaults(); defaults()
print("calls don't re-evaluate defaults:", log)

log.clear()
[v("list1"), *[v("list2")], v("list3")]
print(log)

log.clear()
print(v("cond", 0) or v("alt1") and v("alt2"), log)

log.clear()
v("obj", target)(v("arg"))
print(log)

# Keyword argument names are checked after all argument values are evaluated
log.clear()
def only_a(a):
    return a
try:
    only_a(a=v("a"), b=v("b"))
except TypeError as e:
    print(type(e).__name__, e, log)

# Decorators are evaluated top to bottom, applied bottom to top
log.clear()
def deco(name):
    log.append(f"make {name}")
    def apply(f):
        log.append(f"apply {name}")
        return f
    return apply
@deco("outer")
@deco("inner")
def decorated():
    pass
print(log)
