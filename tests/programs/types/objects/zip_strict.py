# zip(), including strict=True and its error messages

print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])))
print(list(zip("ab", [1, 2], (True, False))))
print(list(zip("ab", "cd", strict=True)))
print(list(zip(strict=True)), list(zip("a", strict=False)))

def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt("2 shorter than 1", lambda: list(zip("abc", "ab", strict=True)))
attempt("2 longer than 1", lambda: list(zip("ab", "abc", strict=True)))
attempt("3 shorter", lambda: list(zip("ab", "ab", "a", strict=True)))
attempt("3 longer", lambda: list(zip("ab", "ab", "abc", strict=True)))
attempt("2 longer of 3", lambda: list(zip("a", "ab", "a", strict=True)))
attempt("empty vs one", lambda: list(zip("", "a", strict=True)))
attempt("one vs empty", lambda: list(zip("a", "", strict=True)))
attempt("not iterable", lambda: zip(1))
attempt("not iterable 2", lambda: zip("a", 2))
attempt("bad kw", lambda: zip("a", fill=1))
attempt("strict truthy", lambda: list(zip("ab", "c", strict=1)))
attempt("strict falsy", lambda: list(zip("ab", "c", strict=0)))

# the elements consumed before the error are kept
z = zip("abc", "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("third:", e)

# exhaustion stops early: the later iterators are not advanced after the first runs out
it = iter([1, 2, 3])
print(list(zip("a", it)), list(it))
it2 = iter([1, 2, 3])
print(list(zip(it2, "a")), list(it2))

# errors in iterators propagate
def gen():
    yield 1
    raise KeyError("boom")
try:
    list(zip(gen(), "abc"))
except KeyError as e:
    print("KeyError", e)

# zip with an infinite iterator
def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(count(), "xyz")))

# unzip
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(type(zip()).__name__, iter(zip()) is not None)
z2 = zip([1], [2])
print(iter(z2) is z2)
print(dict(zip("abc", range(3))))
