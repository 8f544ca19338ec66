# strftime of date, time and datetime (the C library's directives plus %f %z %:z %Z), across
# years of every width, and datetime.strptime with its directives, defaults and errors.
import random
import warnings
from datetime import date, datetime, time, timedelta, timezone

FORMAT = '%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %G %V %u %C %e %g %k %l %s %T %D %F %R %%'
rng = random.Random(5)
for year in [1, 9, 10, 99, 100, 999, 1000, 1899, 1900, 1969, 1970, 2000, 2024, 9999]:
    for month, day in [(1, 1), (2, 28), (12, 31), (6, 15)]:
        x = datetime(year, month, day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))
        print(x.strftime(FORMAT))
        print('  ', x.date().strftime(FORMAT), '|', x.time().strftime(FORMAT))
zones = [timezone(timedelta(hours=5, minutes=30), 'IST'), timezone(-timedelta(hours=5, seconds=7, microseconds=1)),
         timezone.utc, timezone(timedelta(0), 'Z%Z%'), timezone(timedelta(minutes=-1))]
for zone in zones:
    print(datetime(2020, 5, 6, 7, 8, 9, 10, tzinfo=zone).strftime('%z|%:z|%Z|%f|%%z|%%%z'))
    print(time(7, 8, 9, 10, tzinfo=zone).strftime('%z|%:z|%Z|%f'))
for fmt in ['', 'plain text', '%', 'abc%', '%%', '%Q %E %O %5Y %-d', '%:', '%:Z', 'a\x00b %Y', '%4Y %_d %-H %^a %#b']:
    print(repr(fmt), repr(datetime(2020, 1, 2, 3, 4, 5).strftime(fmt)))
for call in ["date(2020, 1, 1).strftime('%Y\\ud800')", "date(2020, 1, 1).strftime(format=5)", "time().strftime()"]:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)

warnings.simplefilter('ignore')
cases = [
    ('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('2020-01-02T03:04:05.123', '%Y-%m-%dT%H:%M:%S.%f'), ('02/01/20', '%d/%m/%y'),
    ('02/01/69', '%d/%m/%y'), ('Thu Jan  2 03:04:05 2020', '%c'), ('01/02/20', '%x'), ('03:04:05', '%X'), ('2020 5', '%Y %j'),
    ('2020 366', '%Y %j'), ('2019 366', '%Y %j'), ('March 3 2020', '%B %d %Y'), ('mar 3 2020', '%b %d %Y'),
    ('MARCH 3 2020', '%B %d %Y'), ('Tuesday 2020 10', '%A %Y %W'), ('Tue 2020 10', '%a %Y %U'), ('2 2020 0', '%w %Y %U'),
    ('1 2020 0', '%u %Y %W'), ('2020 53 5', '%G %V %u'), ('2020 01 1', '%G %V %u'), ('2021 1 Mon', '%G %V %a'),
    ('2020 10', '%Y %V'), ('2020', '%G'), ('2020 10 1', '%G %V %j'), ('10 1', '%V %u'), ('12 AM', '%I %p'), ('12 PM', '%I %p'),
    ('1 pm', '%I %p'), ('11', '%I'), ('2020-01-02 +0100', '%Y-%m-%d %z'), ('2020-01-02 -01:30', '%Y-%m-%d %z'),
    ('2020-01-02 Z', '%Y-%m-%d %z'), ('2020-01-02 z', '%Y-%m-%d %z'), ('2020-01-02 +01:30:15.5', '%Y-%m-%d %z'),
    ('2020-01-02 +0130:15', '%Y-%m-%d %z'), ('2020-01-02 +01:3015', '%Y-%m-%d %z'), ('2020 UTC', '%Y %Z'), ('2020 gmt', '%Y %Z'),
    ('2020 +0100 UTC', '%Y %z %Z'), ('2020 EST', '%Y %Z'), ('2020 %', '%Y %%'), ('2020', '%Y %'), ('2020', '%Y%Q'),
    ('2020 ', '%Y% '), ('2020.', '%Y%.'), ('2020', '%'), ('x', 'x'), ('X', 'x'), ('2020-02-29', '%Y-%m-%d'),
    ('2019-02-29', '%Y-%m-%d'), ('02-29', '%m-%d'), ('2020 13', '%Y %m'), ('23:59:60', '%H:%M:%S'), ('23:59:61', '%H:%M:%S'),
    ('1', '%f'), ('1234567', '%f'), ('2020-1-2', '%Y-%m-%d'), ('  2020   1', '%Y %m'), ('2020 1', ' %Y %m'), ('2020\t1', '%Y %m'),
    ('2020', '%y'), ('99', '%y'), ('0099', '%Y'), ('(2020)', '(%Y)'), ('2020[1]', '%Y[%m]'), ('a.b', 'a.b'), ('axb', 'a.b'),
    ('Mon 2020', '%a %Y'), ('2020 0 0', '%Y %U %w'), ('2020 0 1', '%Y %W %u'), ('2021 0 0', '%Y %U %w'), ('2020 53 6', '%Y %U %w'),
    ('1 1', '%m %d'), ('2020 1 12 am', '%Y %m %I %p'), ('2020-01-02 03:04:05.000001+05:30', '%Y-%m-%d %H:%M:%S.%f%z'),
    ('2020 é', '%Y é'), ('', ''), ('', '%Y'), ('9999 12 31 23 59 59 999999', '%Y %m %d %H %M %S %f'), ('0000', '%Y'),
    ('2020 1 2', '%Y %m'), ('Jan 2 2020', '%b %d %Y extra'),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
    except Exception as e:
        print(repr(text), repr(fmt), type(e).__name__, e)
for args in [(1, '%Y'), ('2020', 1), (), ('a',), ('a', 'b', 'c')]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
# A day of the month without a year warns once per format (the format's pattern is cached).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    datetime.strptime('05 03', '%d %m')
    datetime.strptime('06 03', '%d %m')
    datetime.strptime('2020 05 03', '%Y %d %m')
    print(len(caught), [w.category.__name__ for w in caught])
    print(caught[0].message)
round_trip = datetime(2021, 7, 8, 9, 10, 11, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
fmt = '%Y-%m-%d %H:%M:%S.%f %z'
print(datetime.strptime(round_trip.strftime(fmt), fmt) == round_trip, repr(datetime.strptime(round_trip.strftime(fmt), fmt)))
