# Local time through the time module's zone (TZ set to America/New_York and time.tzset()):
# timestamp() of naive datetimes in gaps and folds, fromtimestamp's fold, astimezone() to and
# from the local zone, and date.fromtimestamp.
import os
import time
from datetime import date, datetime, timezone, timedelta

saved = os.environ.get('TZ')
os.environ['TZ'] = 'America/New_York'
time.tzset()
print(time.tzname, time.timezone)
for fields in [(2020, 3, 8, 1, 30), (2020, 3, 8, 2, 30), (2020, 3, 8, 3, 30), (2020, 11, 1, 0, 30), (2020, 11, 1, 1, 30),
               (2020, 11, 1, 2, 30), (2020, 7, 1, 12, 0)]:
    for fold in (0, 1):
        x = datetime(*fields, fold=fold)
        stamp = x.timestamp()
        print(x, fold, stamp, repr(datetime.fromtimestamp(stamp)), repr(x.astimezone()), repr(x.astimezone(timezone.utc)))
for stamp in [1604208600, 1604210400, 1604212200, 1604214000, 1604215800, 1583650800, 1583652600, 0, -1.5]:
    print(stamp, repr(datetime.fromtimestamp(stamp)), repr(datetime.fromtimestamp(stamp, timezone.utc).astimezone()), date.fromtimestamp(stamp))
print(repr(datetime(2020, 6, 1, tzinfo=timezone.utc).astimezone()))
print(repr(datetime(2020, 6, 1).astimezone(timezone(timedelta(hours=1)))))
print(datetime(2020, 6, 1).astimezone().tzname(), datetime(2020, 1, 1).astimezone().tzname())
if saved is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = saved
time.tzset()
