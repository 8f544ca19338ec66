# Decorators without functools.

def trace(fn):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__name__}({arg_text})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

add(2, 3)
add("x", b="y")
print(add.__name__, add.__doc__)
print(add.__wrapped__(10, 5))

def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x

for i in range(4):
    square(i)
print("calls:", square.calls)

# Decorators are just functions: apply manually
def shout(fn):
    return lambda *a: fn(*a).upper() + "!"

def hello(name):
    return "hello " + name

loud = shout(hello)
print(loud("bob"))
print(hello("bob"))

# Decorator returning something that is not a function
def as_list(fn):
    return list(fn())

@as_list
def numbers():
    yield 1
    yield 2
    yield 3

print(numbers, type(numbers).__name__)

# Registry decorator
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn.__name__)
        return fn
    return register

@on("start")
def boot(): pass

@on("start")
def log_start(): pass

@on("stop")
def shutdown(): pass

print(handlers)
