# time.strptime in the C locale: every directive, the calendar filling in missing fields,
# and the errors.
import time


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


cases = [
    ('Sat Nov 21 19:08:40 2026',),
    ('2024-02-29', '%Y-%m-%d'),
    ('2023-12-31 23:59:59', '%Y-%m-%d %H:%M:%S'),
    ('12:30 PM 2020', '%I:%M %p %Y'),
    ('12:30 am 2020', '%I:%M %p %Y'),
    ('1:05 pm 2020', '%I:%M %p %Y'),
    ('7 2020', '%I %Y'),
    ('2020 10 3', '%Y %U %w'),
    ('2020 0 0', '%Y %W %w'),
    ('2021 0 Fri', '%Y %U %a'),
    ('2021 0 Sun', '%Y %U %a'),
    ('2021-W05-3', '%G-W%V-%u'),
    ('2020-W53-7', '%G-W%V-%u'),
    ('2019 1 Monday', '%G %V %A'),
    ('1999-12-31T23:59:59.123+05:30', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('1999-12-31T23:59:59-0800', '%Y-%m-%dT%H:%M:%S%z'),
    ('2000 Z', '%Y %z'),
    ('2000 +01:30:15', '%Y %z'),
    ('10 UTC 2000', '%H %Z %Y'),
    ('10 gmt 2000', '%H %Z %Y'),
    ('2020 366', '%Y %j'),
    ('2021 1', '%Y %j'),
    ('99', '%y'),
    ('68', '%y'),
    ('69', '%y'),
    ('MONDAY 1 Jan 2024', '%A %d %b %Y'),
    ('tuesday 2 FEBRUARY 2024', '%A %d %B %Y'),
    ('  12   5  2020', ' %d %m %Y'),
    ('12\t\n5 2020', '%d %m %Y'),
    ('12/31/99 23:00:01', '%x %X'),
    ('Fri Dec 31 23:00:01 1999', '%c'),
    ('1.2 2000', '%S.%f %Y'),
    ('61 2000', '%S %Y'),
    ('2000 (x) [y] {z} a.b*c+d?e|f^g$h\\i', '%Y (x) [y] {z} a.b*c+d?e|f^g$h\\i'),
    ('100% 2000', '100%% %Y'),
    ('5 2000', '%w %Y'),
    ('7 2000', '%u %Y'),
    ('2000 1 5', '%Y %d %m'),
    ('2000', '%Y'),
    ('', ''),
]
for args in cases:
    t = time.strptime(*args)
    print(args, t, t.tm_zone, t.tm_gmtoff)

errors = [
    ('x', '%Y'),
    ('2020x', '%Y'),
    ('2020', '%q'),
    ('2020', '%'),
    ('2020', '%Y%'),
    ('2020(', '%Y%('),
    ('2020 ', '%Y% '),
    ('2020-02-30', '%Y-%m-%d'),
    ('2021-02-29', '%Y-%m-%d'),
    ('0000', '%Y'),
    ('2020 5', '%Y %V'),
    ('2020 5', '%G %V'),
    ('2020 5 1', '%G %j %u'),
    ('2020 5 1', '%Y %V %u'),
    ('2021 53 1', '%G %V %u'),
    ('z', '%z'),
    ('+01:3045', '%z'),
    ('24', '%H'),
    ('13 pm', '%I %p'),
    ('367 2000', '%j %Y'),
    ('2000 abc', '%Y %Z'),
    (5, '%Y'),
    ('5', 5),
    (None,),
]
for args in errors:
    print(args, attempt(time.strptime, *args))
print(attempt(time.strptime))
print(attempt(time.strptime, '1', '%d', 3))
print(attempt(time.strptime, '1', format='%d'))
