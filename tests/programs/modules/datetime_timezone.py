# datetime.timezone and tzinfo: fixed offsets with their names, reprs and limits; tzinfo's
# abstract methods and fromutc; a zone with daylight saving time and PEP 495 folds.
import copy
from datetime import datetime, timedelta, timezone, tzinfo, UTC


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


class Eastern(tzinfo):
    """US Eastern time with the rules of 2007 on."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(dt.year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        hour = timedelta(hours=1)
        if start + hour <= naive < end - hour:
            return hour
        if end - hour <= naive < end:
            return timedelta(0) if dt.fold else hour
        if start <= naive < start + hour:
            return hour if dt.fold else timedelta(0)
        return timedelta(0)

    def __repr__(self):
        return 'Eastern()'


class Broken(tzinfo):
    def __init__(self, offset, dst):
        self.offset, self.dst_value = offset, dst

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.dst_value

    def __repr__(self):
        return 'Broken()'


E = Eastern()
for expr in [
    "timezone.utc", "UTC is timezone.utc", "timezone(timedelta(0)) is timezone.utc", "timezone(timedelta(0), 'UTC')",
    "timezone(timedelta(hours=5, minutes=30))", "timezone(timedelta(hours=-5), 'EST')", "timezone.min", "timezone.max",
    "timezone(timedelta(microseconds=1))", "timezone(offset=timedelta(hours=1), name='x')",
    "str(timezone.utc)", "str(timezone(timedelta(0), ''))", "str(timezone(timedelta(hours=-5, seconds=1)))",
    "str(timezone(timedelta(hours=5, microseconds=7)))", "str(timezone.min)", "str(timezone(timedelta(minutes=90), 'Name'))",
    "timezone.utc.tzname(None)", "timezone(timedelta(seconds=-1)).tzname(None)", "timezone(timedelta(hours=3)).tzname(datetime(2020, 1, 1))",
    "timezone.utc.utcoffset(None)", "timezone(timedelta(hours=-3)).utcoffset(datetime(1, 1, 1))", "timezone.utc.dst(None)",
    "timezone(timedelta(hours=2)).fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))))",
    "timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'Z')", "timezone.utc == timezone(timedelta(0), 'x')",
    "timezone.utc == 1", "timezone.utc != UTC", "hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1))",
    "len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'a'), timezone.utc})",
    "timezone.utc.__reduce__()", "timezone(timedelta(hours=1), 'X').__reduce__()", "timezone(timedelta(hours=1)).__getinitargs__()",
    "copy.copy(timezone(timedelta(hours=1), 'X'))", "copy.deepcopy(timezone.utc) is timezone.utc", "tzinfo().__reduce__()",
    "isinstance(timezone.utc, tzinfo)", "type(timezone.utc).__name__", "type(timezone.utc).__module__",
    # errors
    "timezone()", "timezone(1)", "timezone(None)", "timezone(timedelta(1))", "timezone(timedelta(hours=-24))",
    "timezone(timedelta(hours=24, microseconds=-1))", "timezone(timedelta(hours=1), 3)", "timezone(timedelta(0), name=None)",
    "timezone(timedelta(0), 'x', 3)", "timezone(timedelta(0), x=3)",
    "timezone.utc.fromutc(datetime(1, 1, 1))", "timezone.utc.fromutc(1)", "timezone.utc.utcoffset(1)",
    "timezone.utc.tzname(1)", "timezone.utc.dst(1)", "tzinfo().utcoffset(None)", "tzinfo().tzname(None)",
    "tzinfo().dst(None)", "tzinfo().fromutc(datetime(1, 1, 1))", "tzinfo().fromutc(5)",
    "Broken(None, None).fromutc(datetime(1, 1, 1, tzinfo=_broken[0]))", "_broken[1].fromutc(datetime(1, 1, 1, tzinfo=_broken[1]))",
    "_broken[2].fromutc(datetime(2020, 1, 1, tzinfo=_broken[2]))",
    "datetime(2020, 1, 1, tzinfo=Broken(1, None)).utcoffset()", "datetime(2020, 1, 1, tzinfo=Broken(timedelta(2), None)).utcoffset()",
    "datetime(2020, 1, 1, tzinfo=Broken(None, 'x')).dst()", "datetime(2020, 1, 1, tzinfo=Broken(timedelta(hours=1), None)).tzname()",
]:
    _broken = [Broken(None, None), Broken(timedelta(hours=1), None), Broken(timedelta(hours=2), timedelta(hours=1))]
    show(expr)

# Converting across the end of daylight saving time: 1:00-2:00 local happens twice.
u = datetime(2020, 11, 1, 4, 30, tzinfo=timezone.utc)
for step in range(8):
    x = (u + timedelta(minutes=30 * step)).astimezone(E)
    print(x, x.fold, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(timezone.utc), x.timestamp())
a = datetime(2020, 11, 1, 1, 30, tzinfo=E)
b = a.replace(fold=1)
print(a == b, a.utcoffset(), b.utcoffset(), hash(a) == hash(b), a < b, b - a)
print(a == a.astimezone(timezone.utc), b == b.astimezone(timezone.utc), a.astimezone(timezone.utc) < b.astimezone(timezone.utc))
# The start of daylight saving time: 2:00-3:00 local does not exist.
print(datetime(2020, 3, 8, 2, 30, tzinfo=E).utcoffset(), datetime(2020, 3, 8, 2, 30, fold=1, tzinfo=E).utcoffset())
print(datetime(2020, 3, 8, 2, 30, tzinfo=E).astimezone(timezone.utc), datetime(2020, 3, 8, 7, 30, tzinfo=timezone.utc).astimezone(E))
summer = datetime(2020, 7, 4, 12, tzinfo=E)
print(summer.isoformat(), summer.strftime('%z %:z %Z'), summer.timetuple().tm_isdst, summer.utctimetuple(), summer.astimezone(timezone(timedelta(hours=9), 'JST')))
print(datetime(2020, 1, 1, 12, tzinfo=E).timetuple().tm_isdst, datetime(2020, 1, 1, 12, tzinfo=timezone.utc).timetuple().tm_isdst)
x1 = datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
x2 = datetime(2020, 1, 1, 10, tzinfo=timezone.utc)
x3 = datetime(2020, 1, 1, 5, tzinfo=E)
print(x1 == x2, x2 == x3, hash(x1) == hash(x2) == hash(x3), len({x1, x2, x3}), x1 - x3, x3 - x1)


class Named(tzinfo):
    def __init__(self, name):
        self.name = name

    def __getinitargs__(self):
        return (self.name,)

    def utcoffset(self, dt):
        return timedelta(minutes=len(self.name))


print(Named('abc').__reduce__()[0].__name__, Named('abc').__reduce__()[1:], copy.deepcopy(Named('abcd')).name)
