"""Functions: parameters, defaults, closures, decorators, generators."""

def simple(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=2, **kwargs):
    "Docstring."
    return a, b, args, c, d, kwargs

def posonly(a, b, /, c, *, d):
    pass

def annotated(a: int, b: 'str' = 'x', *args: list, c: float = 1.0, **kw: dict) -> bool:
    return True

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc, lambda: count

def deco(f):
    return f

@deco
@deco
def decorated():
    pass

def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    x = yield
    return x

G = 1
def uses_global():
    global G
    G = G + 1
    del G

def early_return(x):
    if x:
        return 1
    elif x is None:
        return None
    return

def unbound(flag):
    if flag:
        y = 1
    return y

def deleted():
    z = 1
    del z
    return z

square = lambda x: x * x
add = lambda x, y=2: x + y
