# classmethod and staticmethod: alternate constructors and helpers.

class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_ish(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def days_in_month(self):
        if self.month == 2:
            return 29 if self.is_leap(self.year) else 28
        return 30 if self.month in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"

class EuroDate(Date):
    @classmethod
    def from_string(cls, text):
        d, m, y = (int(p) for p in text.split("."))
        return cls(y, m, d)

d = Date.from_string("2024-02-10")
print(d, d.days_in_month())
e = EuroDate.from_string("10.02.2023")
print(e, e.days_in_month())
print(EuroDate.today_ish())
print([y for y in range(1896, 1912) if Date.is_leap(y)])
print(Date.is_leap(2000), d.is_leap(1900))

# Bound classmethod objects
bound = EuroDate.today_ish
print(bound.__self__.__name__, bound.__func__.__name__)
print(d.from_string("1999-12-31"))

# Raw objects in the class dict
raw_cm = Date.__dict__["from_string"]
raw_sm = Date.__dict__["is_leap"]
print(type(raw_cm).__name__, type(raw_sm).__name__)
print(raw_sm.__func__(2024), raw_cm.__func__(Date, "2000-01-02"))
print(callable(raw_sm), raw_sm(2023))

# Counting instances per class with classmethods
class Tracked:
    count = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.count += 1

class TrackedChild(Tracked):
    pass

Tracked(); Tracked(); TrackedChild()
print(Tracked.count, TrackedChild.count)
print("count" in TrackedChild.__dict__)

# staticmethod wrapping a builtin
class Util:
    length = staticmethod(len)
    absval = abs
print(Util.length("four"), Util().length([1]), Util().absval(-3))
