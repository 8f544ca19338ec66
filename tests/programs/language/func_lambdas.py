# Lambdas in realistic use.

people = [("alice", 31, "nyc"), ("bob", 25, "sf"), ("carol", 31, "la"), ("dave", 19, "nyc")]

print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))
print(list(filter(lambda p: p[2] == "nyc", people)))
print(list(map(lambda p: p[0].title(), people)))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
for sym in "+-*/":
    print(7, sym, 2, "=", ops[sym](7, 2))
print(ops["/"](1, 0))

f = lambda: None
print(f.__name__, f.__qualname__, f())

def outer():
    return lambda y: y
print(outer().__qualname__)

# lambdas with all parameter kinds
g = lambda a, /, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(g(1, c=3))
print(g(1, 5, 6, 7, c=8, e=9))

# immediately invoked
print((lambda *xs: sum(xs))(1, 2, 3, 4))

# conditional inside lambda
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-3, 0, 4)])

# recursion via name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# default capturing
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders])
print(g.__defaults__, g.__kwdefaults__)
