# KeyError's str() uses repr of a single key; lookups raise KeyError with the key

for key in ["k", "", 1, 1.5, None, (1, 2), ("single",), (), frozenset([1]), "with 'quote'", "a\nb", b"bytes"]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), e.args == (key,))

print(str(KeyError()), repr(str(KeyError())), str(KeyError("a", "b")), repr(KeyError("a")))

try:
    {}.pop("p")
except KeyError as e:
    print("pop", e)
try:
    set().remove("r")
except KeyError as e:
    print("remove", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e)
try:
    set().pop()
except KeyError as e:
    print("set pop", e)
try:
    del {}["d"]
except KeyError as e:
    print("del", e)

class Missing(dict):
    def __missing__(self, key):
        raise KeyError(f"missing {key}")
try:
    Missing()["x"]
except KeyError as e:
    print(e, e.args)

class WeirdRepr:
    def __repr__(self):
        return "<weird>"
    def __str__(self):
        return "weird-str"
try:
    {}[WeirdRepr()]
except KeyError as e:
    print(str(e))

# KeyError is a LookupError
try:
    {"a": 1}["b"]
except LookupError as e:
    print(type(e).__name__, e)

# Subclasses keep KeyError's __str__
class MyKeyError(KeyError):
    pass
print(str(MyKeyError("x")), str(MyKeyError("x", 2)), repr(MyKeyError("x")))

# The key object itself is kept
k = ("tup",)
try:
    {}[k]
except KeyError as e:
    print(e.args[0] is k)

# An unhashable key gives TypeError, not KeyError
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
