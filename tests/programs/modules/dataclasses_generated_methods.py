# The methods @dataclass adds belong to the class's module (their __globals__ is its
# namespace), so doctest's finder lists them with the class's own functions; they still see
# their defaults, factories and helpers, and frozen classes still raise FrozenInstanceError.
import dataclasses
import doctest
from dataclasses import dataclass, field


@dataclass(order=True)
class Point:
    """A point.

    >>> Point(1, 2) < Point(1, 3)
    True
    """
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm1(self):
        """>>> Point(-2, 3).norm1()
        5
        """
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True)
class Frozen:
    name: str
    size: int = field(default=1, kw_only=True)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: str = "b"


@dataclass
class WithPost:
    self: int
    doubled: int = field(init=False)

    def __post_init__(self):
        self.doubled = self.self * 2


for cls in (Point, Frozen, Hashed, WithPost):
    for name in sorted(vars(cls)):
        value = vars(cls)[name]
        if callable(value) and hasattr(value, "__globals__"):
            print(cls.__name__, name, value.__qualname__, value.__globals__ is globals())

p = Point(3)
print(p, p == Point(3, 0, []), p.tags is Point(3).tags, Point(1) < Point(2))
print(Frozen("f"), Frozen("f", size=2) == Frozen("f", size=2), hash(Frozen("x")) == hash(Frozen("x")))
try:
    Frozen("f").name = "g"
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del Frozen("f").size
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(Hashed(1)) == hash(Hashed(1)), Hashed(2, "c"))
print(WithPost(4), WithPost(4).doubled)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Frozen("a", 2)
except TypeError as e:
    print(type(e).__name__, e)

module = type(dataclasses)("generated_methods_demo")
module.__dict__.update({k: v for k, v in globals().items() if k in ("Point", "Frozen")})
finder = doctest.DocTestFinder()
for test in sorted(finder.find(module, "demo", globs={}), key=lambda t: t.name):
    print(test.name, len(test.examples))
import sys
results = doctest.testmod(sys.modules[__name__], verbose=True)
print(results)
