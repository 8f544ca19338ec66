# datetime.datetime: construction, repr/str/isoformat, arithmetic and its naive/aware rules,
# comparisons with dates and across zones, combine, date/time parts, timestamps, clock-based
# constructors (only clock-independent properties printed), replace, pickling and subclasses.
import copy
import os
import time as _clock
import time as _time
import warnings
from datetime import date, datetime, time, timedelta, timezone, UTC

# Local time is UTC for these tests, whatever the machine's zone.
os.environ['TZ'] = 'UTC'
_clock.tzset()


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


plus2 = timezone(timedelta(hours=2))
dt = datetime(2024, 1, 2, 3, 4, 5, 6)
aware = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
for expr in [
    "dt", "aware", "datetime(2024, 1, 2)", "datetime(2024, 1, 2, 3, 4)", "datetime(2024, 1, 2, 3, 4, 5)",
    "datetime(2024, 1, 2, fold=1)", "datetime(2024, 1, 2, tzinfo=plus2, fold=1)", "datetime(2024, 1, 2, 3, 0, 0, 0, plus2)",
    "datetime(year=2024, month=1, day=2, minute=7)", "datetime.min", "datetime.max", "datetime.resolution",
    "dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold",
    "str(dt)", "str(aware)", "str(datetime(2024, 1, 2, tzinfo=plus2))", "dt.isoformat()", "dt.isoformat(' ')",
    "dt.isoformat(sep='x', timespec='minutes')", "aware.isoformat(timespec='hours')", "aware.isoformat('T', 'milliseconds')",
    "datetime(2024, 1, 2, tzinfo=timezone(timedelta(seconds=1, microseconds=5))).isoformat()",
    "datetime(2024, 1, 2).isoformat(timespec='microseconds')", "dt.ctime()", "datetime(2024, 1, 9, 23).ctime()",
    "format(dt, '')", "format(dt, '%Y-%m-%d %H:%M:%S.%f')", "f'{aware:%H:%M %Z}'",
    # parts
    "dt.date()", "dt.time()", "datetime(1, 1, 1, 5, tzinfo=plus2, fold=1).time()", "datetime(1, 1, 1, 5, tzinfo=plus2, fold=1).timetz()",
    "datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=plus2))", "datetime.combine(date(2020, 1, 1), time(1, tzinfo=plus2), tzinfo=None)",
    "datetime.combine(date(2020, 1, 1), time(1), timezone.utc)", "datetime.combine(datetime(2020, 1, 1, 5), time(6))",
    "datetime.combine(time=time(1), date=date(2020, 1, 1))", "datetime.combine(date(2020, 1, 1), time(1, fold=1))",
    "datetime.fromordinal(737425)", "datetime.fromisocalendar(2020, 1, 1)", "dt.toordinal()", "dt.weekday()", "dt.isoweekday()",
    "datetime(2020, 12, 31, 23, 59).isocalendar()", "dt.timetuple()", "aware.timetuple()", "aware.utctimetuple()",
    "datetime(2020, 1, 1, tzinfo=plus2).utctimetuple()", "dt.utctimetuple()",
    # arithmetic
    "dt + timedelta(hours=22)", "timedelta(days=-2) + dt", "dt - timedelta(microseconds=7)", "aware + timedelta(365)",
    "dt - datetime(2024, 1, 1)", "datetime(2024, 1, 1) - dt", "aware - datetime(2024, 1, 2, tzinfo=plus2)",
    "datetime(2024, 1, 2, 5, tzinfo=plus2) - aware", "datetime.max - datetime.min", "datetime.min - datetime.max",
    "datetime(2024, 3, 1) - datetime(2023, 3, 1)", "datetime(2000, 1, 1) + timedelta(microseconds=-1)",
    "datetime.max.replace(tzinfo=timezone.utc) - datetime.min.replace(tzinfo=timezone(timedelta(hours=-23)))",
    # comparisons and hashing
    "dt == datetime(2024, 1, 2, 3, 4, 5, 6)", "dt < datetime(2024, 1, 2, 3, 4, 5, 7)", "dt > datetime(2023, 12, 31)",
    "dt == date(2024, 1, 2)", "dt != date(2024, 1, 2)", "datetime(2024, 1, 2) in {date(2024, 1, 2)}",
    "aware == datetime(2024, 1, 2, 5, 4, 5, tzinfo=plus2)", "aware < datetime(2024, 1, 2, 5, 4, 6, tzinfo=plus2)",
    "aware == datetime(2024, 1, 2, 3, 4, 5)", "aware != datetime(2024, 1, 2, 3, 4, 5)",
    "datetime(1, 1, 1) == datetime(1, 1, 1, fold=1)", "hash(datetime(1, 1, 1)) == hash(datetime(1, 1, 1, fold=1))",
    "hash(aware) == hash(datetime(2024, 1, 2, 5, 4, 5, tzinfo=plus2))", "len({aware, datetime(2024, 1, 2, 5, 4, 5, tzinfo=plus2), dt})",
    "sorted([datetime(2020, 1, 1), datetime(2019, 1, 1), datetime(2020, 1, 1, 0, 0, 0, 1)])",
    "max(datetime(2020, 1, 1, 5, tzinfo=plus2), datetime(2020, 1, 1, 4, tzinfo=timezone.utc))",
    # timestamps (the local zone of the test machine is UTC, as for CPython's run)
    "datetime.fromtimestamp(0, timezone.utc)", "datetime.fromtimestamp(1.5, UTC)", "datetime.fromtimestamp(-1.5, UTC)",
    "datetime.fromtimestamp(0.0000005, UTC)", "datetime.fromtimestamp(0.0000015, UTC)", "datetime.fromtimestamp(1700000000.123456, UTC)",
    "datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-5)))", "datetime.fromtimestamp(timestamp=0, tz=plus2)",
    "datetime.fromtimestamp(253402300799, UTC)", "datetime.fromtimestamp(-62135596800, UTC)",
    "aware.timestamp()", "datetime(2020, 1, 1, tzinfo=plus2).timestamp()", "datetime(1970, 1, 1, tzinfo=UTC).timestamp()",
    "datetime(2020, 1, 1, 12).astimezone(UTC)", "aware.astimezone(timezone(timedelta(hours=3), 'X'))", "aware.astimezone(timezone.utc) is aware",
    "datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=3))).astimezone(UTC)", "aware.astimezone(tz=plus2)",
    # replace and copies
    "dt.replace(year=2025, microsecond=0)", "dt.replace(tzinfo=plus2)", "aware.replace(tzinfo=None)", "dt.replace(fold=1)",
    "dt.replace(2020, 2, 29, 1, 2, 3, 4, None)", "copy.replace(dt, day=31, hour=0)", "copy.copy(aware)",
    "copy.deepcopy(datetime(2020, 1, 1, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=3), 'X'), fold=1))",
    "datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=plus2).__reduce__()", "datetime(2020, 1, 1, fold=1).__reduce__()",
    "datetime(2020, 1, 1, fold=1).__reduce_ex__(4)", "datetime(b'\\x07\\xe4\\x81\\x02\\x03\\x04\\x05\\x00\\x00\\x06', timezone.utc)",
    # errors
    "datetime(2024, 1)", "datetime()", "datetime(1, 1, 1, x=1)", "datetime(1, 1, 1, tzinfo=3)", "datetime(1, 1, 1, fold=-1)",
    "datetime(2024, 1, 1, 24)", "datetime(2024, 1, 1, 1.5)", "datetime('2020', 1, 1)", "datetime(2023, 2, 29)",
    "datetime(1, 1, 1, 1, 1, 1, 1, None, 1)", "datetime(1, 1, 1, 1, 1, 1, 1, None, 1, 2)",
    "dt.replace(1, 2, 3, 4, 5, 6, 7, 8, 9)", "dt.replace(month=13)", "dt.replace(tzinfo=5)", "dt.replace(foo=1)",
    "dt - aware", "aware - dt", "dt < aware", "dt <= aware", "dt < date(2024, 1, 2)", "date(2024, 1, 2) < dt",
    "dt - date(2024, 1, 1)", "date(2024, 1, 2) - dt", "dt + date(2024, 1, 1)", "dt + dt", "dt + 1", "dt - 1",
    "datetime.max + timedelta(1)", "datetime.min - timedelta(microseconds=1)", "datetime.max + timedelta.max",
    "datetime(1, 1, 1, tzinfo=plus2).utctimetuple()", "datetime(9999, 12, 31, 23, tzinfo=timezone(-timedelta(hours=1))).utctimetuple()",
    "datetime(1, 1, 1).timestamp()", "datetime.max.timestamp()", "datetime(1, 1, 1, tzinfo=plus2).astimezone(UTC)",
    "datetime.combine()", "datetime.combine(date(1, 1, 1))", "datetime.combine(1, time())", "datetime.combine(date(1, 1, 1), 1)",
    "datetime.combine(date(1, 1, 1), time(), 5)", "datetime.fromtimestamp()", "datetime.fromtimestamp(0, 5)",
    "datetime.fromtimestamp('a')", "datetime.fromtimestamp(1e20)", "datetime.fromtimestamp(float('nan'))",
    "datetime.fromtimestamp(1e15)", "datetime.fromtimestamp(-1e12)", "datetime.fromtimestamp(253402300800, UTC)",
    "datetime.fromtimestamp(-62135596801, UTC)", "datetime.fromtimestamp(-62135596800)",
    "dt.astimezone(1)", "dt.isoformat(timespec='foo')", "dt.isoformat(sep='ab')", "dt.isoformat(sep=1)",
    "dt.isoformat('T', 5)", "dt.timestamp(1)", "dt.now(1)", "datetime.now(tz=None, x=1)",
]:
    show(expr)

# Clock-based constructors: their types and relations, never their values.
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.today()).__name__, datetime.today().tzinfo)
print(datetime.now(timezone.utc).tzinfo is timezone.utc, datetime.now(plus2).utcoffset())
print(abs(datetime.now().timestamp() - _time.time()) < 5,
      abs(datetime.now(UTC) - datetime.fromtimestamp(_time.time(), UTC)) < timedelta(seconds=5))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    naive_utc = datetime.utcnow()
    epoch_day = datetime.utcfromtimestamp(86400.5)
    print(type(naive_utc).__name__, naive_utc.tzinfo, repr(epoch_day))
    for w in caught:
        print(w.category.__name__, w.message)


class Stamp(datetime):
    def describe(self):
        return 'Stamp ' + self.isoformat()


s = Stamp(2020, 1, 2, 3, tzinfo=timezone.utc)
print(repr(s), s.describe(), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(repr(s.astimezone(plus2)), repr(Stamp.combine(date(2020, 1, 1), time(5))), repr(Stamp.fromisoformat('2020-01-01T01:02')))
print(repr(Stamp.fromtimestamp(0, timezone.utc)), repr(Stamp.strptime('2020', '%Y')), repr(Stamp.fromordinal(1)), repr(copy.copy(s)))
print(type(s.replace(year=2021)).__name__, type(s.date()).__name__, isinstance(s, date), datetime.__mro__)


# str() and format() go through the methods a subclass may override.
class Custom(datetime):
    def isoformat(self, sep='T', timespec='auto'):
        return 'Custom isoformat, sep %r' % sep

    def strftime(self, fmt):
        return 'Custom strftime ' + fmt


print(str(Custom(2020, 1, 1)), format(Custom(2020, 1, 1), '%Y'), format(Custom(2020, 1, 1), ''))
