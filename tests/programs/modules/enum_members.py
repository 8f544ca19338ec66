# enum: Enum, IntEnum, StrEnum, Flag, IntFlag — members, aliases, auto, lookups and their errors, the functional API,
# custom __init__/_missing_/__str__, flag combination, boundaries, unique.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def favorite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.RED.describe(), Color.favorite(), type(Color.RED))
print(Color, type(Color), Color.RED in Color, 1 in Color, 5 in Color, isinstance(Color.RED, Color), hash(Color.RED) == hash(Color.RED))
print(f'{Color.RED}', format(Color.GREEN), '{:>12}'.format(str(Color.BLUE)), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(sorted(Color, key=lambda c: c.value), {Color.RED: 'r'}[Color.CRIMSON], reversed(Color) is not None, list(reversed(Color)))
for bad in ['Color(7)', "Color['PURPLE']", 'Color.RED < Color.BLUE']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Auto), [a.value for a in Auto])


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, f'{Num.TWO}', format(Num.ONE, '03d'), int(Num.TWO), Num(2), isinstance(Num.ONE, int), sorted([Num.TWO, Num.ONE]))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE, Mode.READ.upper(), Mode('w'), Mode.READ == 'read', f'{Mode.WRITE}!', isinstance(Mode.READ, str))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, rw & Perm.W, rw ^ Perm.R, len(rw))
print(Perm(6), Perm(7), repr(Perm(7)), list(Perm), rw.name)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A + 1, Bits(3), Bits.C | 8, repr(Bits(0)), format(Bits.B), Bits.A & 3, isinstance(Bits.A | Bits.B, int))


class AutoFlag(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print([f.value for f in AutoFlag], AutoFlag.ONE | AutoFlag.FOUR)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape('square'), Shape(3))
try:
    Shape(9)
except ValueError as e:
    print('ValueError', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
Pets = Enum('Pets', [('DOG', 'woof'), ('COW', 'moo')])
print(list(Pets), Pets('moo'))
Level = IntEnum('Level', ['LOW', 'HIGH'], start=0)
print(list(Level), Level.HIGH + 0)


class WithIgnored(Enum):
    _ignore_ = ['tmp']
    A = 1
    tmp = 5
    B = 2


print(list(WithIgnored), WithIgnored.A._value_, WithIgnored.A._name_)
print(Color.RED.__class__.__name__, Color.__name__, dir(Color.RED)[:3], Color.__members__['CRIMSON'])
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green matched')
print(enum.EnumType, enum.EnumMeta is enum.EnumType, issubclass(IntEnum, enum.ReprEnum))
print(~Bits.A, repr(~Bits.A), ~Perm.X, repr(~(Perm.R | Perm.W | Perm.X)), Bits(9), repr(Bits(9)))
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)


class Status(enum.IntEnum):
    ACTIVE = 1
    INACTIVE = 0

    def __str__(self):
        return self.name.title()


print(Status.ACTIVE, f'{Status.INACTIVE}', repr(Status.ACTIVE), Status.ACTIVE == 1, {1: 'one'}[Status.ACTIVE])


class Weekday(Enum):
    MON = 1
    TUE = 2

    @property
    def is_first(self):
        return self is Weekday.MON


print(Weekday.MON.is_first, Weekday.TUE.is_first, Weekday['TUE'].value, [d.name for d in Weekday])
print(enum.unique(Weekday) is Weekday, isinstance(Weekday.MON, enum.Enum), issubclass(Weekday, enum.Enum))
