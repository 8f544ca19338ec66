# map() with one and several iterables

print(list(map(str, [1, 2, 3])))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(map(lambda: 1, [])))
print(list(map(divmod, range(10, 13), [3, 3, 3])))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("no args", lambda: map())
attempt("one arg", lambda: map(str))
attempt("not iterable", lambda: map(str, 1))
attempt("second not iterable", lambda: map(str, [1], 2))
attempt("kwargs", lambda: map(str, [1], strict=True))
attempt("not callable", lambda: list(map(1, [1])))
attempt("wrong arity", lambda: list(map(lambda a: a, [1], [2])))

# lazy evaluation
def noisy(x):
    print("noisy", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("created")
print(next(m))
print(list(m))
print(list(m))

# shortest iterable stops map
it = iter([1, 2, 3, 4])
print(list(map(lambda a, b: (a, b), it, "xy")), list(it))

# map over a dict iterates keys
print(list(map(len, {"ab": 1, "cde": 2})))

# exception from the function propagates, map can continue afterwards
def maybe(x):
    if x == 2:
        raise ValueError("two")
    return x
m2 = map(maybe, [1, 2, 3])
print(next(m2))
try:
    next(m2)
except ValueError as e:
    print("ValueError", e)
print(next(m2))

print(type(map(str, [])).__name__, iter(m2) is m2)

class Sub(map):
    pass
print(list(Sub(abs, [-1, -2])))
print(list(map(str.upper, "abc")), list(map(int, ["1", " 2 ", "-3"])))
print(sorted(map(abs, [-3, 1, -2])))
print(list(map(None.__class__, [])))
