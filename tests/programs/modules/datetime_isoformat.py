# fromisoformat of date, time and datetime: the forms CPython 3.13 accepts (calendar and ISO
# week dates, basic and extended times, fractions, offsets, any one-character separator) and
# the ones it refuses; isoformat output read back for every timespec.
from datetime import date, datetime, time, timedelta, timezone

dates = ['2020-01-01', '20200101', '2020-W01', '2020W01', '2020-W01-1', '2020W011', '2020-W53', '2021-W53', '2020-1-01',
         '2020-01-1', '202001-01', '2020-0101', '2020', '2020-01', '202001', '2020-001', '2020001', '0001-01-01',
         '9999-12-31', '2020-W00-1', '2020-W01-0', 'abcd-ef-gh', '2020-01-01 ', ' 2020-01-01', '2020/01/01', '2020-01-0a',
         '2020W0', '2020-W1', '2020-W011', '2020W01-1', '2004-W53-7', '2009-W53-7', '2020-01-01T00:00', '+2020-01-01',
         '2020-02-29', '2019-02-29', '2020-04-31', '2020-13-01', '0000-01-01', '20201301', '２０２０-01-01', '2020010199',
         '2020-W54-1', '2020-W01-8']
times = ['12', '1', '12:30', '1230', '12:3', '12:30:45', '123045', '12:30:45.1', '12:30:45.123', '12:30:45.123456',
         '12:30:45.1234567', '12:30:45,5', '12:30.5', '12.5', '12:30:45Z', '12:30:45z', '12:30:45+01:00', '12:30:45-0130',
         '12:30:45+01', '12:30:45+01:30:15', '12:30:45+01:30:15.5', '12:30:45+0130.5', '12:30:45+24:00', '12:30:45+23:59',
         '12:30:45.+01:00', '12:30:45.', '12:30:', '12:', '1230:45', '12:3045', '24:00', '23:59:60', 'T12:30', 'T', '',
         '12:30:45Z+01', '12:30:45+', '12:30:45+1', '12:30:45-00:00', '12:30:45+00:00:00.000001', '12:30:45.123456789+05:00',
         '12-30', '12:30:45 ', '12:30:45 +01:00', '1:2:3', '12:30:45.000001Z', '25:00']


def attempt(func, text):
    try:
        print(func.__qualname__, repr(text), repr(func(text)))
    except Exception as e:
        print(func.__qualname__, repr(text), type(e).__name__, e)


for text in dates:
    attempt(date.fromisoformat, text)
    attempt(datetime.fromisoformat, text)
for text in times:
    attempt(time.fromisoformat, text)
    for prefix in ('2020-01-01T', '2020-01-01 ', '20200101T', '2020-W01-1T', '2020W01T', '2020W011T', '2020-01-01é', '2020-01-01\ud800'):
        attempt(datetime.fromisoformat, prefix + text)
for value in [5, None, b'2020-01-01']:
    for func in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        attempt(func, value)
for func, args in [(date.fromisoformat, ()), (date.fromisoformat, ('a', 'b')), (datetime.fromisoformat, ()), (time.fromisoformat, ())]:
    try:
        func(*args)
    except TypeError as e:
        print(type(e).__name__, e)

samples = [datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=-5, seconds=-7, microseconds=-1))),
           datetime(1, 1, 1), datetime.max, datetime(2020, 6, 7, 8, 9, tzinfo=timezone.utc), time(1, 2, 3, 4, tzinfo=timezone.utc),
           time(23, 59, 59, 999999), time(0, 0, tzinfo=timezone(timedelta(hours=14)))]
for value in samples:
    for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
        text = value.isoformat(timespec=spec)
        print(text, repr(type(value).fromisoformat(text)))
for d in [date(1, 1, 1), date(2024, 2, 29), date.max]:
    print(d.isoformat(), date.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(d.isoformat()))


class Moment(datetime):
    pass


print(repr(Moment.fromisoformat('2020-01-01T01:02:03+01:00')), repr(Moment.fromisoformat('2020-W10-3')))
