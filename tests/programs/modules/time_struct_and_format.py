# time: struct_time, gmtime/localtime/mktime, asctime/ctime and strftime, with their errors.
# Local time is checked only through relations that hold in every zone.
import time


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# struct_time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], list(t), tuple(t) == t, t == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(type(t).__name__, type(t).__module__, type(t).__mro__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields, t.__match_args__)
print(t.__reduce__())
print(t.__replace__(tm_year=2000, tm_zone='X'), t.__replace__(tm_zone='X').tm_zone)
print(attempt(t.__replace__, nope=1))
print(attempt(t.__replace__, 1))
print(attempt(setattr, t, 'tm_year', 1))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time(range(11))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {'tm_zone': 'ABC', 'tm_gmtoff': 3600})
print(s.tm_zone, s.tm_gmtoff, s.__reduce__())
print(time.struct_time('abcdefghi'))
print(attempt(time.struct_time, (1, 2, 3)))
print(attempt(time.struct_time, tuple(range(12))))
print(attempt(time.struct_time, 5))
print(attempt(time.struct_time, tuple(range(9)), 5))
print(attempt(time.struct_time, tuple(range(9)), {'bad': 1}))
print(attempt(time.struct_time))
print(attempt(time.struct_time, tuple(range(9)), {}, 3))
match time.gmtime(86400 * 365):
    case (year, month, day, *rest):
        print("matched", year, month, day, rest)
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_wday=w):
        print("matched by name", y, w)

# gmtime across the calendar, with floor rounding of float seconds
for secs in [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1e9, 1700000000.9, -0.5, -1.5, 2**31, -2**31, 253402300799, -62135596800, 10**12, -10**12]:
    print(secs, tuple(time.gmtime(secs)))
print(attempt(time.gmtime, 'x'))
print(attempt(time.gmtime, float('nan')))
print(attempt(time.gmtime, float('inf')))
print(attempt(time.gmtime, 1e20))
print(attempt(time.gmtime, 2**70))
print(attempt(time.gmtime, 1e17))
print(attempt(time.gmtime, 1, 2))
print(attempt(time.localtime, 'x'))
print(attempt(time.localtime, float('nan')))
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024, time.gmtime().tm_zone)

# localtime and mktime agree with each other and with gmtime in any zone
for secs in [0, 10**9, 1700000000, 1720000000, -10**9]:
    local = time.localtime(secs)
    print(time.mktime(local) == secs, local.tm_gmtoff is not None, isinstance(local.tm_zone, str),
          time.gmtime(secs + local.tm_gmtoff)[:6] == local[:6], time.ctime(secs) == time.asctime(local))
print(type(time.mktime(time.localtime())).__name__)
print(attempt(time.mktime, 5))
print(attempt(time.mktime, (1, 2)))
print(attempt(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1, 0.5)))
print(attempt(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1, 'a')))
print(attempt(time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
print(attempt(time.mktime, (-2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
# mktime normalizes out-of-range fields
base = time.mktime((2020, 1, 1, 12, 0, 0, 0, 1, -1))
print(time.mktime((2020, 13, 1, 12, 0, 0, 0, 1, -1)) - base > 0, time.mktime((2020, 1, 32, 12, 0, 0, 0, 1, -1)) == time.mktime((2020, 2, 1, 12, 0, 0, 0, 1, -1)))
print(time.mktime((2020, 1, 1, 12, 0, 3600, 0, 1, -1)) == time.mktime((2020, 1, 1, 13, 0, 0, 0, 1, -1)))

# asctime / ctime
print(time.asctime((2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(1e9)), time.asctime(time.gmtime(-1e11)))
print(attempt(time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
print(attempt(time.asctime, 5))
print(attempt(time.asctime, (1, 2, 3)))
print(attempt(time.ctime, 'x'))
print(len(time.ctime()), len(time.asctime()))

# strftime: every conversion on a few dates
fmt = '%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%'
for secs in [0, 1e9, 1700000000, 1709251199, 951782400, -1e10, 4102444800]:
    print(repr(time.strftime(fmt, time.gmtime(secs))))
for year in [5, 99, 1900, 12345, -5, 0, -1234]:
    print(year, repr(time.strftime('%Y|%C|%y|%G|%g|%F|%D|%c', (year, 3, 7, 13, 5, 9, 0, 1, 0))))
# ISO weeks and week numbers around new year
for secs in range(1703980800, 1704758400, 86400):
    print(time.strftime('%Y-%m-%d %a %G-W%V-%u %U %W %j', time.gmtime(secs)))
# flags, widths and modifiers
t = time.gmtime(1700000000)
print(time.strftime('%_d|%-d|%0e|%10Y|%_10Y|%-10Y|%^B|%#B|%#p|%#Z|%^p|%^#a|%3a|%_5S|%-H|%-j|%_3j|%^c|%12c|%5%|%-%', t))
print(time.strftime('%Ey|%EY|%Ec|%EC|%Ex|%EX|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy', t))
print(repr(time.strftime('%Q %E %O %OY %Ea %q %i %v %L %+ %:z', t)))
print(repr(time.strftime('', t)), repr(time.strftime('%', t)), repr(time.strftime('%5', t)), repr(time.strftime('%-', t)), repr(time.strftime('abc%', t)))
print(repr(time.strftime('h\u00e9llo \u20ac %Y \U0001F600', t)), repr(time.strftime('a\udc80b', t)))
s = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0), {'tm_zone': 'ABC', 'tm_gmtoff': -12600})
print(time.strftime('%z|%Z|%-z', s))
s = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 1), {'tm_zone': 'XYZ', 'tm_gmtoff': 19800})
print(time.strftime('%z|%Z', s), repr(time.strftime('%z', (2020, 1, 1, 0, 0, 0, 2, 1, -1))), time.strftime('%z', (2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.strftime('%s', time.localtime(1234567890)))
# out-of-range fields: zeros stand for the first value, the rest are errors
for i, v in [(1, 13), (1, -1), (1, 0), (2, 32), (2, -1), (2, 0), (3, 24), (3, -1), (4, 60), (4, -1), (5, 62), (5, 61), (5, 60), (5, -1), (6, 7), (6, -1), (6, -2), (6, 100), (7, 367), (7, 366), (7, 0), (7, -1)]:
    fields = [2020, 1, 1, 0, 0, 0, 0, 1, 0]
    fields[i] = v
    print(i, v, attempt(time.strftime, '%Y-%m-%d %H:%M:%S %a %j', tuple(fields)))
print(attempt(time.strftime, 5))
print(attempt(time.strftime, '%Y', 5))
print(attempt(time.strftime, '%Y', (1, 2)))
print(attempt(time.strftime, '%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0]))
print(attempt(time.strftime, '%Y', (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(attempt(time.strftime, '%Y', (2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
print(attempt(time.strftime, '\0'))
print(attempt(time.strftime))
print(len(time.strftime('%Y-%m-%d')), time.strftime('%Y') == str(time.localtime().tm_year))
