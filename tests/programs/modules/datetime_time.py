# datetime.time: construction and checks, repr with fold and tzinfo, isoformat with timespec,
# strftime, the tzinfo queries, naive/aware comparisons, hashing, replace and pickling state.
import copy
from datetime import time, timedelta, timezone, tzinfo, datetime


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=None):
        self.minutes, self.name, self.dst_minutes = minutes, name, dst

    def utcoffset(self, dt):
        return self.minutes if not isinstance(self.minutes, int) else timedelta(minutes=self.minutes)

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return None if self.dst_minutes is None else timedelta(minutes=self.dst_minutes)

    def __repr__(self):
        return 'Fixed(%r)' % (self.name,)


plus2 = timezone(timedelta(hours=2))
t = time(13, 5, 6, 7008)
for expr in [
    "time()", "time(1)", "time(1, 2)", "time(1, 2, 3)", "t", "time(1, 2, 3, tzinfo=timezone.utc)",
    "time(1, fold=1)", "time(23, 59, 59, 999999, plus2, fold=1)", "time(hour=4, second=5)",
    "time.min", "time.max", "time.resolution", "t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold",
    "str(t)", "str(time(1, tzinfo=timezone.utc))", "t.isoformat()", "time(1).isoformat()",
    "t.isoformat('hours')", "t.isoformat('minutes')", "t.isoformat('seconds')", "t.isoformat('milliseconds')",
    "t.isoformat(timespec='microseconds')", "t.isoformat('auto')", "time(1, 2, 3, 4, plus2).isoformat('minutes')",
    "time(1, tzinfo=timezone(timedelta(hours=-5, seconds=-7, microseconds=-1))).isoformat()",
    "format(t, '')", "format(t, '%H|%I|%p|%M|%S|%f')", "t.strftime('%Y-%m-%d %j %a %z %Z')",
    "time(0, 30, tzinfo=plus2).strftime('%z %:z %Z %H')", "time(12, tzinfo=Fixed(90, 'X%Y')).strftime('[%Z] %z')",
    # tzinfo queries
    "time(1).utcoffset()", "time(1).dst()", "time(1).tzname()", "time(1, tzinfo=plus2).utcoffset()",
    "time(1, tzinfo=plus2).tzname()", "time(1, tzinfo=plus2).dst()", "time(1, tzinfo=Fixed(-30, 'A', 15)).dst()",
    "time(1, tzinfo=Fixed(timedelta(1), 'A')).utcoffset()", "time(1, tzinfo=Fixed(5, 7)).tzname()",
    "time(1, tzinfo=Fixed(5, 'A', 24 * 60)).dst()", "time(1, tzinfo=Fixed('x', 'A')).utcoffset()",
    # comparisons
    "time(1) < time(2)", "time(1) == time(1, fold=1)", "time(12, tzinfo=plus2) == time(10, tzinfo=timezone.utc)",
    "time(12, tzinfo=plus2) < time(10, 0, 1, tzinfo=timezone.utc)", "time(1) == time(1, tzinfo=timezone.utc)",
    "time(1) != time(1, tzinfo=timezone.utc)", "time(1) < time(1, tzinfo=timezone.utc)", "time(1) == 1", "time(1) < 1",
    "time(1) < datetime(1, 1, 1)", "time(1, tzinfo=Fixed(0, 'a')) == time(1, tzinfo=Fixed(0, 'b'))",
    "time(1, tzinfo=Fixed(None, 'a')) == time(1)", "sorted([time(3), time(1), time(2, 59)])", "bool(time(0))",
    # hashing
    "hash(time(1)) == hash(time(1, fold=1))", "hash(time(12, tzinfo=plus2)) == hash(time(10, tzinfo=timezone.utc))",
    "len({time(12, tzinfo=plus2), time(10, tzinfo=timezone.utc), time(11, tzinfo=timezone(timedelta(hours=1)))})",
    # replace, copy, pickling state
    "t.replace(hour=1)", "t.replace(tzinfo=plus2, fold=1)", "t.replace(1, 2, 3, 4, None)", "copy.replace(t, second=0)",
    "copy.copy(time(1, 2, 3, 4, plus2, fold=1))", "copy.deepcopy(time(1, fold=1))",
    "time(1, 2, 3, 4, fold=1).__reduce__()", "time(1, 2, 3, 4, fold=1).__reduce_ex__(4)", "time(1, tzinfo=plus2).__reduce__()",
    "time(b'\\x81\\x02\\x03\\x00\\x00\\x04')", "time(b'\\x01\\x02\\x03\\x00\\x00\\x04', timezone.utc)",
    # errors
    "time(24)", "time(-1)", "time(1, 60)", "time(1, 1, 60)", "time(1, 1, 1, 10**6)", "time(1, 1, 1, -1)", "time(fold=2)",
    "time(tzinfo=1)", "time(1, 2, 3, 4, 5, 6, 7)", "time(1, 2, 3, 4, None, True)", "time(x=1)", "time(hour='1')",
    "time(1.5)", "time(2**40)", "t.replace(hour=24)", "t.replace(1, 2, 3, 4, 5, 6)", "t.replace(fold=5)",
    "t.replace(tzinfo='utc')", "t.isoformat('foo')", "t.isoformat(timespec=1)", "t.isoformat(x=1)",
    "t - time(1)", "t + timedelta(1)", "t.strftime(1)", "t.utcoffset(1)", "time(1) > None",
]:
    show(expr)

for stmt in ["t.hour = 5", "t.fold = 1", "t.foo = 5"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e)
