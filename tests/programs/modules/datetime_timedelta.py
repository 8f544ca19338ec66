# datetime.timedelta: normalization of int and float components, repr and str, arithmetic with
# ints, floats and timedeltas (rounding half to even), comparisons, hashing and the errors.
import copy
from datetime import timedelta


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


for expr in [
    "timedelta()", "timedelta(0)", "timedelta(1)", "timedelta(1, 3600)", "timedelta(-1)", "timedelta(seconds=-1)",
    "timedelta(microseconds=-1)", "timedelta(days=1, seconds=86400 * 3, microseconds=2 * 10**6)",
    "timedelta(weeks=1, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001)",
    "timedelta(hours=1.5)", "timedelta(days=0.1)", "timedelta(seconds=1e-7)", "timedelta(seconds=-1e-7)",
    "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(microseconds=2.5)", "timedelta(microseconds=-0.5)",
    "timedelta(microseconds=-1.5)", "timedelta(seconds=0.0000005, microseconds=0.0000005)",
    "timedelta(days=-1.1, hours=2.2, minutes=3.3333, seconds=4.4444, milliseconds=5.5555, microseconds=6.6666, weeks=7.7777)",
    "timedelta(True, False)", "timedelta(days=999999999)", "timedelta(days=-999999999)",
    "timedelta.min", "timedelta.max", "timedelta.resolution",
    "timedelta(1).days", "timedelta(hours=-1).days", "timedelta(hours=-1).seconds", "timedelta(microseconds=-1).microseconds",
    # str
    "str(timedelta(0))", "str(timedelta(1))", "str(timedelta(2, 1, 5))", "str(timedelta(-1, 1))", "str(timedelta(-1, 86399, 999999))",
    "str(timedelta(-2))", "str(timedelta(hours=10, minutes=5))", "str(timedelta.max)", "str(timedelta.min)",
    # total_seconds
    "timedelta(1).total_seconds()", "timedelta(microseconds=-1).total_seconds()", "timedelta.max.total_seconds()",
    "timedelta(days=10**6, microseconds=1).total_seconds()",
    # arithmetic
    "timedelta(1) + timedelta(hours=1)", "timedelta(1) - timedelta(hours=1)", "-timedelta(1)", "+timedelta(1)",
    "abs(timedelta(-1))", "abs(timedelta(hours=5))", "timedelta(1) * 3", "3 * timedelta(1)", "timedelta(1) * True",
    "timedelta(1) * -2.5", "2.5 * timedelta(1)", "timedelta(microseconds=5) * 0.5", "timedelta(microseconds=7) * 0.5",
    "timedelta(microseconds=-7) * 0.5", "timedelta(seconds=1) * (1 / 3)",
    "timedelta(1) / 2", "timedelta(1) / 7", "timedelta(microseconds=3) / 2", "timedelta(microseconds=5) / 2",
    "timedelta(microseconds=-5) / 2", "timedelta(3) / 1.5", "timedelta(1) / timedelta(hours=5)",
    "timedelta(hours=-1) / timedelta(hours=5)", "timedelta(microseconds=5) // 2", "timedelta(microseconds=-5) // 2",
    "timedelta(1) // timedelta(hours=5)", "timedelta(-1) // timedelta(hours=5)", "timedelta(1) % timedelta(hours=5)",
    "timedelta(-1) % timedelta(hours=5)", "divmod(timedelta(1), timedelta(hours=7))", "divmod(timedelta(-1), timedelta(hours=7))",
    # comparisons
    "timedelta(1) == timedelta(hours=24)", "timedelta(1) != timedelta(hours=24)", "timedelta(1) < timedelta(1, 1)",
    "timedelta(-1) < timedelta(0)", "timedelta(1) >= timedelta(1)", "timedelta(1) == 1", "timedelta(1) != 'a'",
    "bool(timedelta(0))", "bool(timedelta(microseconds=1))", "sorted([timedelta(1), timedelta(-1), timedelta(0)])",
    "max(timedelta(hours=1), timedelta(minutes=61))",
    # hashing
    "hash(timedelta(1)) == hash(timedelta(hours=24))", "hash(timedelta(1, 2, 3))", "hash(timedelta(0))",
    "len({timedelta(1), timedelta(hours=24), timedelta(seconds=86400)})",
    # pickling and copying
    "timedelta(1, 2, 3).__reduce__()", "copy.copy(timedelta(1, 2, 3))", "copy.deepcopy(timedelta(-1))",
    # errors
    "timedelta('a')", "timedelta(hours='1')", "timedelta(1, 2, 3, 4, 5, 6, [])", "timedelta(x=1)", "timedelta(1, days=1)",
    "timedelta(1, 2, 3, 4, 5, 6, 7, 8)", "timedelta(days=10**9)", "timedelta(days=-10**9)", "timedelta(days=10**20)",
    "timedelta(1e20)", "timedelta(float('nan'))", "timedelta(float('inf'))",
    "timedelta.max + timedelta.resolution", "timedelta.min - timedelta.resolution", "-timedelta.min", "timedelta.max * 2",
    "timedelta(1) + 1", "1 + timedelta(1)", "timedelta(1) - 1", "timedelta(1) * timedelta(1)", "timedelta(1) * 'a'",
    "'a' * timedelta(1)", "timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) / 0.0", "timedelta(1) / timedelta(0)",
    "timedelta(1) // timedelta(0)", "timedelta(1) % timedelta(0)", "divmod(timedelta(1), timedelta(0))",
    "timedelta(1) % 7", "divmod(timedelta(1), 7)", "timedelta(1) // 1.5", "timedelta(1) * 1e300",
    "timedelta(1) * float('nan')", "timedelta(1) / float('nan')", "timedelta(1) < 1", "timedelta(1) >= None",
    "format(timedelta(1), '')", "format(timedelta(1), 'x')", "timedelta(1).total_seconds(1)",
]:
    show(expr)

td = timedelta(1)
for stmt in ["td.days = 5", "td.foo = 5", "del td.seconds", "timedelta.foo = 1"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e)


class Span(timedelta):
    pass


s = Span(hours=5)
print(repr(s), str(s), type(s).__name__, type(s + s).__name__, type(-s).__name__, type(s * 2).__name__, s == timedelta(hours=5))
