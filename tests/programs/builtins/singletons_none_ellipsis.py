# None, Ellipsis, NotImplemented
print(None, repr(None), str(None), bool(None), type(None).__name__, None is None, None == None, None != 0)
print(..., Ellipsis, repr(...), ... is Ellipsis, type(...).__name__, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
def nothing():
    pass
def early(x):
    if x:
        return
    return 5
print(nothing(), early(1), early(0), [nothing()] * 2, {None: "none key"}[None])
print(hash(None) == hash(None), None in [0, False, None], [None, 0].index(None), [0, None].count(None))
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
try:
    None + None
except TypeError as e:
    print("TypeError", e)
try:
    len(...)
except TypeError as e:
    print("TypeError", e)
x = None
print(x or "default", x and "never", (x is None) and "is none", x if x is not None else "fallback")
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)), [v for v in vals if v is not None])
print({None, None, 0}, list(filter(None, [None, 0, 1, "", "a"])))
a = [1, 2, 3]
print(a[...] if False else "skip", [1, 2][0:None], str(None).upper(), f"{None!r:>6}", "%s|%r" % (None, None))
def f(a, b=None, *, c=...):
    return (a, b, c)
print(f(1), f(1, 2, c=3), f(None, None, c=None))
