# collections.namedtuple: construction, field access, _make/_asdict/_replace, defaults,
# rename, module, reprs, subclassing and the errors for bad names and arguments.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__, Point._make.__doc__, Point.__match_args__)
print(Point._make([1, 2]), Point._make(range(2)), p._asdict(), p._replace(x=100), p.__getnewargs__())
print(Point.__new__.__qualname__, Point._replace.__qualname__, Point.__repr__.__qualname__)
print(p.__replace__(y=0))
Point3 = namedtuple('Point3', 'x y z', defaults=[0, 0])
print(Point3(1), Point3(1, 2, 3), Point3._field_defaults, Point3.__new__.__defaults__)
Row = namedtuple('Row', 'a, b,c', defaults=(None,))
print(Row(1, 2), Row._fields, Row._field_defaults)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
print(namedtuple('M', 'a', module='some.module').__module__, namedtuple('One', 'a')(5), namedtuple('Empty', '')())
Empty = namedtuple('Empty', [])
print(Empty(), Empty._fields, Empty._make([]))
class Vector(namedtuple('Vector', 'dx dy')):
    __slots__ = ()
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)
v = Vector(3, 4)
print(v, v.length(), v + Vector(1, 1), Vector._make([1, 2]), v._replace(dx=0), type(v._replace(dx=0)).__name__)
match p:
    case Point(x, y):
        print('matched', x, y)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(Point(1, [2]), repr(Point('a', None)))
Employee = namedtuple('Employee', 'name, age, title, department, paygrade')
print(Employee._make(['Alice', 30, 'Eng', 'R&D', 3]))
attempt('missing', lambda: Point(1))
attempt('too many', lambda: Point(1, 2, 3))
attempt('bad kw', lambda: Point(1, 2, z=3))
attempt('make short', lambda: Point._make([1]))
attempt('replace bad', lambda: p._replace(z=1))
attempt('set attr', lambda: setattr(p, 'x', 5))
attempt('new attr', lambda: setattr(p, 'w', 5))
attempt('bad name', lambda: namedtuple('P', ['1x']))
attempt('keyword', lambda: namedtuple('P', ['def']))
attempt('underscore', lambda: namedtuple('P', ['_a']))
attempt('duplicate', lambda: namedtuple('P', 'a a'))
attempt('bad typename', lambda: namedtuple('1P', 'a'))
attempt('keyword typename', lambda: namedtuple('class', 'a'))
attempt('defaults', lambda: namedtuple('P', 'a', defaults=[1, 2]))
attempt('nonstr field', lambda: namedtuple('P', [1]))
attempt('index', lambda: p[5])
