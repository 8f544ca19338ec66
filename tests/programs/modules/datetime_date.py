# datetime.date: construction and its checks, the calendar (ordinals, weekdays, ISO calendar),
# arithmetic, comparisons, hashing, replace, ctime/timetuple, pickling state and subclasses.
import copy
import os
import time as _clock
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

# Local time is UTC for these tests, whatever the machine's zone.
os.environ['TZ'] = 'UTC'
_clock.tzset()


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


d = date(2024, 2, 29)
for expr in [
    "d", "str(d)", "d.year, d.month, d.day", "date(1, 1, 1)", "date(9999, 12, 31)", "date(year=2020, month=5, day=17)",
    "date(True, True, True)", "date.min", "date.max", "date.resolution", "MINYEAR, MAXYEAR",
    # calendar
    "d.toordinal()", "date.fromordinal(1)", "date.fromordinal(738945)", "date.fromordinal(date.max.toordinal())",
    "d.weekday()", "d.isoweekday()", "date(2024, 3, 3).weekday()", "date(2024, 3, 3).isoweekday()",
    "d.isocalendar()", "date(2004, 1, 1).isocalendar()", "date(2005, 1, 1).isocalendar()", "date(2008, 12, 29).isocalendar()",
    "date(2010, 1, 3).isocalendar()", "date(9999, 12, 31).isocalendar()", "date(1, 1, 1).isocalendar()",
    "date.fromisocalendar(2004, 53, 7)", "date.fromisocalendar(2020, 1, 1)", "date.fromisocalendar(2024, 9, 4)",
    "date.fromisocalendar(year=2021, week=52, day=7)",
    "d.ctime()", "date(2020, 1, 1).ctime()", "d.timetuple()", "date(2023, 12, 31).timetuple().tm_yday",
    "d.isoformat()", "date(5, 6, 7).isoformat()", "format(d, '')", "format(d, '%d/%m/%Y %a')", "f'{d:%Y-%j}'",
    # arithmetic
    "d + timedelta(1)", "timedelta(1) + d", "d - timedelta(60)", "d + timedelta(days=1, hours=23)",
    "d - timedelta(hours=1)", "d + timedelta(0.5)", "d - date(2023, 2, 28)", "date(2020, 1, 1) - d",
    "date(2000, 3, 1) - date(2000, 2, 1)", "date(1900, 3, 1) - date(1900, 2, 1)", "date.max - date.min",
    # comparisons and hashing
    "d == date(2024, 2, 29)", "d != date(2024, 2, 29)", "d < date(2024, 3, 1)", "d >= date(2025, 1, 1)",
    "d == datetime(2024, 2, 29)", "d != datetime(2024, 2, 29)", "d == 5", "sorted([date(2020, 5, 1), date(2019, 1, 1), d])",
    "hash(d) == hash(date(2024, 2, 29))", "len({d, date(2024, 2, 29), date.fromordinal(d.toordinal())})",
    # replace and copying
    "d.replace(year=2028)", "d.replace(2020, 1)", "d.replace()", "copy.replace(d, month=3, day=1)",
    "copy.copy(d)", "copy.deepcopy(d)", "d.__reduce__()", "date(b'\\x07\\xe8\\x02\\x1d')",
    # IsoCalendarDate
    "type(d.isocalendar()).__name__", "d.isocalendar().year", "d.isocalendar().week", "d.isocalendar().weekday",
    "d.isocalendar() == (2024, 9, 4)", "tuple(d.isocalendar())", "d.isocalendar()[0]", "d.isocalendar().__reduce__()",
    "isinstance(d.isocalendar(), tuple)", "copy.copy(d.isocalendar())",
    # errors
    "date()", "date(1)", "date(1, 2)", "date(1, 1, 1, 1)", "date(year=1, month=1, day=1, x=1)", "date(x=1)",
    "date(1, year=1)", "date('a', 1, 1)", "date(1.0, 1, 1)", "date(2020, 1.5, 1)", "date(2**40, 1, 1)", "date(-2**40, 1, 1)",
    "date(2**70, 1, 1)", "date(0, 1, 1)", "date(-1, 1, 1)", "date(10000, 1, 1)", "date(2020, 0, 1)", "date(2020, 13, 1)",
    "date(2020, 1, 0)", "date(2020, 1, 32)", "date(2023, 2, 29)", "date(1900, 2, 29)", "date(2020, 4, 31)",
    "date.fromordinal(0)", "date.fromordinal(-5)", "date.fromordinal(3652060)", "date.fromordinal(1.5)",
    "date.fromordinal()", "date.fromordinal(x=1)", "date.fromordinal(2**70)",
    "date.fromisocalendar(2020, 54, 1)", "date.fromisocalendar(2021, 53, 1)", "date.fromisocalendar(2020, 0, 1)",
    "date.fromisocalendar(2020, 1, 8)", "date.fromisocalendar(2020, 1, 0)", "date.fromisocalendar(0, 1, 1)",
    "date.fromisocalendar(10000, 1, 1)", "date.fromisocalendar()", "date.fromisocalendar(1, 2)", "date.fromisocalendar(1.0, 2, 3)",
    "d.replace(month=13)", "d.replace(year=2023)", "d.replace(foo=1)", "d.replace(1, 2, 3, 4)", "d.replace(1, year=2)",
    "copy.replace(d, foo=1)", "d + 1", "1 + d", "d - 1", "d + d", "d < 1", "d < datetime(2024, 2, 29)", "d > None",
    "date.max + timedelta(1)", "date.min - timedelta(1)", "d + timedelta.max", "d.ctime(1)", "d.isoformat(1)",
    "d.weekday(x=1)", "d.strftime()", "d.strftime(1)", "d.__format__(1)", "d.__format__()", "format(d, 5)",
]:
    show(expr)

for stmt in ["d.year = 5", "d.foo = 5", "del d.day", "date.year = 5", "date.foo = 5"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e)

# today() depends on the clock: only its type and range are printed.
t = date.today()
print(type(t).__name__, MINYEAR <= t.year <= MAXYEAR, date.fromtimestamp(0), date.fromtimestamp(86399.9), date.fromtimestamp(-0.5))


class Day(date):
    def __repr__(self):
        return 'Day<%s>' % self.isoformat()


x = Day(2020, 1, 31)
print(x, repr(x + timedelta(1)), type(x - timedelta(1)).__name__, type(x - date(2020, 1, 1)).__name__,
      type(x.replace(day=1)).__name__, repr(Day.fromordinal(5)), repr(Day.fromisoformat('2020-01-01')),
      repr(Day.fromisocalendar(2020, 1, 1)), repr(copy.copy(x)), x == date(2020, 1, 31))
x.note = 'subclass instances have a __dict__'
print(x.note, date.__name__, date.__qualname__, date.__module__, type(d).__name__)
for n in range(1, 3652060, 49999):
    day = date.fromordinal(n)
    assert day.toordinal() == n and date.fromisocalendar(*day.isocalendar()) == day
    print(n, day, day.isocalendar(), day.weekday(), day.timetuple().tm_yday)
