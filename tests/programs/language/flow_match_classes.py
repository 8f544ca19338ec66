# match class patterns: positional via __match_args__, keyword, builtins.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle, center x={cx}"
        case Circle(c, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square side {w}"
        case Rect(corner=Point(x, y), w=w):
            return f"rect at {x},{y} width {w}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string of length {len(s)}"
        case [Point(), *_] as pts:
            return f"polyline of {len(pts)} points"
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2),
          Circle(Point(0, 0), 1), Circle(Point(7, 1), 20), Circle(Point(1, 1), 2),
          Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5), 42, 2.5, "abc",
          [Point(1, 1), Point(2, 2)], None]
for s in shapes:
    print(describe(s))

# Builtins with self-matching positional patterns
for v in [5, True, "x", b"y", 1.0, [1], (2,), {3: 4}, {5}, frozenset()]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | bytes(s):
            print("text", s)
        case float(f):
            print("float", f)
        case list(l) | tuple(l):
            print("sequence", l)
        case dict(d):
            print("dict", d)
        case set(s) | frozenset(s):
            print("set", s)

# Errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Missing attribute means no match rather than an error
match Point(1, 2):
    case Rect(w=1):
        print("no")
    case Point(z=1):
        print("no")
    case Point(y=2):
        print("matched y=2")
