# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen, defaults and factories, InitVar, KW_ONLY,
# inheritance, slots, asdict/astuple/replace/make_dataclass, string ClassVar annotations, and the errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), Point.__doc__, Point.__match_args__)
print(Point.__hash__, [f.name for f in fields(p)], [f.type for f in fields(Point)], asdict(p), astuple(p), Point.y)
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3), p.__dataclass_params__.frozen)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


vs = sorted([Version(1, 2), Version(1), Version(0, 9, ('beta',))])
print(vs, Version(1) < Version(1, 1), Version(2) >= Version(1, 9), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)


a = Inventory()
b = Inventory()
a.items.append('x')
print(a, b, a.items is not b.items, Inventory(['y'], total=3), Inventory(total=1) == Inventory(total=2), a.secret)
print(Inventory.__doc__)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, 'x', 2.5), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass
class WithPost:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


wp = WithPost(2, 3, scale=10)
print(wp, [f.name for f in fields(wp)], WithPost.__doc__)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW.__match_args__, KW.__doc__)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1


print(AllKW(x=5), AllKW.__doc__)
try:
    AllKW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass(unsafe_hash=True)
class Hashable:
    n: int
    label: str = field(default='', hash=False)


print(hash(Hashable(1, 'a')) == hash(Hashable(1, 'b')), {Hashable(1), Hashable(1)})


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
root.children.append(root)
print(repr(root)[:60])


@dataclass
class ClassVarUser:
    count: 'ClassVar[int]' = 0
    name: str = 'n'


print(ClassVarUser(), [f.name for f in fields(ClassVarUser)])
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'add': lambda self: self.a + self.b})
print(C(1, 2), C(1, 2).add(), C.__module__, [f.name for f in fields(C)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError', e)
errors = [
    "dataclass(type('X', (), {'__annotations__': {'a': list}, 'a': []}))",
    "field(default=1, default_factory=list)",
    "replace(Point(1), z=3)",
    "fields(3)",
    "asdict(Point)",
    "Point()",
    "Point(1, 2, 3)",
    "replace(Inventory(), secret='x')",
    "replace(WithPost(1, 2))",
]
for e in errors:
    try:
        print(e, '->', eval(e))
    except Exception as exc:
        print(e, '!!', type(exc).__name__, exc)
for src in ["@dataclass\nclass Bad:\n    a: int = 1\n    b: int\n",
            "@dataclass(order=True, eq=False)\nclass Bad2:\n    a: int\n",
            "@dataclass(order=True)\nclass Bad3:\n    a: int\n    def __lt__(self, o): return True\n",
            "@dataclass\nclass F1:\n    a: int\n@dataclass(frozen=True)\nclass F2(F1):\n    b: int = 0\n",
            "@dataclass(frozen=True)\nclass G1:\n    a: int\n@dataclass\nclass G2(G1):\n    b: int = 0\n",
            "@dataclass\nclass H:\n    x = field(default=1)\n"]:
    try:
        exec(src, {'dataclass': dataclass, 'field': field})
        print('ok')
    except Exception as exc:
        print(type(exc).__name__, exc)
match Point(0, 7):
    case Point(0, y):
        print('matched y =', y)
