# CPython's TypeError messages for bad calls.

def f(a, b, c=3):
    return a + b + c

def g(x, /, y, *, z):
    return x, y, z

def h(*args, key):
    return args, key

class Widget:
    def resize(self, w, h):
        return w * h
    @staticmethod
    def make(kind):
        return kind
    @classmethod
    def build(cls, n):
        return n

w = Widget()
five = 5
text = "abc"

cases = [
    ("missing one", lambda: f(1)),
    ("missing two", lambda: f()),
    ("too many", lambda: f(1, 2, 3, 4)),
    ("multiple values", lambda: f(1, 2, a=5)),
    ("unexpected", lambda: f(1, 2, d=4)),
    ("kw-only missing", lambda: g(1, 2)),
    ("pos-only as kw", lambda: g(x=1, y=2, z=3)),
    ("too many with kwonly", lambda: g(1, 2, 3)),
    ("varargs key missing", lambda: h(1, 2)),
    ("method missing", lambda: w.resize(3)),
    ("method too many", lambda: w.resize(1, 2, 3)),
    ("staticmethod", lambda: Widget.make()),
    ("classmethod", lambda: Widget.build(1, 2)),
    ("unbound", lambda: Widget.resize(1, 2)),
    ("lambda", lambda: (lambda q: q)()),
    ("two missing kwonly", lambda: (lambda *, p, q: 0)()),
    ("three missing", lambda: (lambda a, b, c: 0)()),
    ("not callable", lambda: five()),
    ("str not callable", lambda: text()),
    ("kwargs not mapping", lambda: f(1, 2, **[1])),
    ("args not iterable", lambda: f(*5)),
    ("dup kw from dict", lambda: f(1, b=2, **{"b": 3})),
]

for label, thunk in cases:
    try:
        thunk()
    except TypeError as e:
        print(f"{label:22} {type(e).__name__}: {e}")
    else:
        print(label, "no error")
