# CALL_PY_EXACT_ARGS / CALL_PY_GENERAL / CALL_BOUND_METHOD_*: calls of Python functions,
# cached with the function's version. Warm up, then change the function or what is called.
WARM = 200


def call2(fn, a, b):
    return fn(a, b)


def call1(fn, a):
    return fn(a)


def call3(fn):
    return fn(1, 2, 3)


def add(a, b):
    return a + b


for i in range(WARM):
    call2(add, i, 1)
print(call2(add, 2, 3))

# __code__ replaced: same function object, new behaviour and signature.
add.__code__ = (lambda a, b: a * b).__code__
print('new __code__:', call2(add, 2, 3))
add.__code__ = (lambda a, b=100, *rest: (a, b, rest)).__code__
print('varargs __code__:', call2(add, 2, 3), call1(add, 7))
add.__code__ = (lambda a: a).__code__
try:
    call2(add, 1, 2)
except TypeError as e:
    print('TypeError:', e)


def g(a, b=10, *, c=5):
    return (a, b, c)


for i in range(WARM):
    call1(g, i)
g.__defaults__ = (20,)
print('__defaults__:', call1(g, 1))
g.__kwdefaults__ = {'c': 7}
print('__kwdefaults__:', call1(g, 1))
g.__defaults__ = None
try:
    call1(g, 1)
except TypeError as e:
    print('TypeError:', e)
g.__kwdefaults__ = None
try:
    call2(g, 1, 2)
except TypeError as e:
    print('TypeError:', e)


# Wrong argument counts at a warmed site: the exact messages.
def two(a, b):
    return a - b


for i in range(WARM):
    call2(two, i, 1)
for fn in (two, lambda: 0, lambda a, b, c: 0, lambda *a: a, lambda a, *, k: 0, lambda a, /, b: (a, b)):
    try:
        print(call2(fn, 1, 2))
    except TypeError as e:
        print('TypeError:', e)
for i in range(WARM):
    call3(lambda a, b, c: a)
for fn in (two, lambda a, b, c, d: 0, lambda a, b, c=0, d=1: (a, b, c, d), lambda **k: k):
    try:
        print(call3(fn))
    except TypeError as e:
        print('TypeError:', e)


# The called name rebound to a builtin, a class, a bound method, a callable object.
class Pair:
    def __init__(self, a, b):
        self.s = (a, b)

    def method(self, b):
        return ('method', b)

    def __call__(self, a, b):
        return ('__call__', a, b)


print(call2(max, 3, 4), call2(divmod, 7, 2), call2(Pair, 1, 2).s, call2(Pair(0, 0), 5, 6))
print(call1(Pair(1, 2).method, 'x'), call2(Pair.method, Pair(1, 2), 'y'))
for _ in range(WARM):
    call1(Pair(1, 2).method, 5)
print(call1(Pair(0, 0).method, 'z'), call1(str, 9), call1(len, 'abc'), call1(type, 1.5))
Pair.method = lambda self, b: ('replaced method', b)
print(call1(Pair(0, 0).method, 'w'))
try:
    call1(Pair.method, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    call1(None, 1)
except TypeError as e:
    print('TypeError:', e)


# Recursion through a warmed site, and the recursion limit.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(400))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)


# Generators and closures called at a warmed site.
def gen(a, b):
    yield a
    yield b


def make_adder(n):
    def adder(a, b):
        return a + b + n
    return adder


print(list(call2(gen, 1, 2)), call2(make_adder(100), 1, 2), call2(make_adder(200), 1, 2))


# Keyword arguments at a site warmed without them.
def kw(fn):
    return fn(1, b=2)


for _ in range(WARM):
    kw(lambda a, b: a + b)
print(kw(lambda a, **k: k), kw(lambda a, b=0, c=3: (a, b, c)))
try:
    kw(lambda a: a)
except TypeError as e:
    print('TypeError:', e)
