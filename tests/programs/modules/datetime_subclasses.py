# Subclasses of the datetime classes: results of arithmetic, replace and the alternate
# constructors are made by the subclass's own constructor, given fold only when it is set;
# str() and format() go through overridable methods; timezone cannot be subclassed.
import datetime as D


class T(D.time):
    def __new__(cls, *args):
        print('T.__new__', args)
        return super().__new__(cls, *args)


class DT(D.datetime):
    def __new__(cls, *args):
        print('DT.__new__', args)
        return super().__new__(cls, *args)


class Day(D.date):
    def __new__(cls, *args):
        print('Day.__new__', args)
        return super().__new__(cls, *args)

    def isoformat(self):
        return 'Day!'

    def strftime(self, fmt):
        return 'Day strftime ' + fmt


t = T(1, 2)
print(repr(t.replace(hour=3)))
for change in [{'fold': 1}, {'fold': 5}, {'hour': 99}]:
    try:
        t.replace(**change)
    except Exception as e:
        print(type(e).__name__, e)
d = DT(2020, 1, 1)
print(repr(d.replace(hour=3)), repr(d + D.timedelta(1)), repr(d - D.timedelta(1)))
print(repr(DT.combine(D.date(2020, 1, 1), D.time(1))), repr(DT.fromtimestamp(0, D.UTC)))
print(repr(DT.fromisoformat('2020-02-03T04:05')), repr(DT.strptime('2020', '%Y')), repr(DT(2020, 1, 1, tzinfo=D.UTC).astimezone(D.timezone(D.timedelta(hours=1)))))
try:
    d.replace(fold=1)
except TypeError as e:
    print(type(e).__name__, e)
x = Day(2020, 5, 6)
print(str(x), format(x, '%Y'), format(x, ''), repr(x + D.timedelta(3)), repr(x.replace(day=1)), repr(Day.fromordinal(3)))
print(repr(Day.fromisoformat('2021-01-01')), repr(Day.fromisocalendar(2021, 1, 1)), repr(Day.today() > D.date(2000, 1, 1)))
try:
    class Zone(D.timezone):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Offset(D.tzinfo):
    def __init__(self, hours):
        self.hours = hours

    def utcoffset(self, dt):
        return D.timedelta(hours=self.hours)

    def dst(self, dt):
        return D.timedelta(0)

    def tzname(self, dt):
        return 'Offset%+d' % self.hours

    def __repr__(self):
        return 'Offset(%d)' % self.hours


z = Offset(3)
u = D.datetime(2020, 1, 1, 12, tzinfo=D.UTC)
print(u.astimezone(z), repr(z.fromutc(u.replace(tzinfo=z))), u.astimezone(z).tzname(), D.time(1, tzinfo=z).tzname())
print(D.datetime(2020, 1, 1, tzinfo=z).strftime('%z %Z'), D.datetime(2020, 1, 1, tzinfo=z) == u - D.timedelta(hours=15))
print(isinstance(z, D.tzinfo), Offset.__mro__[1] is D.tzinfo, z.__reduce__()[1:], repr(D.tzinfo.__new__(D.tzinfo).__reduce__()))
