"""Fast implementation of the datetime module."""
# Taipan's datetime: dates, times, datetimes, durations and fixed-offset zones, written in
# Python against CPython 3.13's C module (Modules/_datetimemodule.c), whose behaviour,
# messages and reprs it reproduces. The clock and local time come from the time module.

import time as _time
import math as _math
from operator import index as _index, attrgetter as _attrgetter
from _taipan import builtin_type as _builtin_type

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAXORDINAL = 3652059  # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_MAX_FOLD_SECONDS = 24 * 3600

# Days in each month of a common year, and days before each month's first day (index 1..12).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


# ---------------------------------------------------------------------------------------------
# The calendar: the proleptic Gregorian calendar, day 1 being Monday, January 1 of year 1.

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month]
    if month > 2 and _is_leap(year):
        before += 1
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    # Count whole 400-, 100-, 4- and 1-year cycles from January 1 of year 1; the last day of a
    # 400- or 4-year cycle (a leap day's year end) needs the cycle counts to be stepped back.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    first = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if first > n:
        month -= 1
        first = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - first + 1


def _iso_week1_monday(year):
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_to_ymd(year, week, day):
    """Returns (y, m, d), or an error code: -2 for the week, -3 for the day."""
    if week <= 0 or week >= 53:
        if week != 53:
            return -2
        first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        if not (first_weekday == 3 or (first_weekday == 2 and _is_leap(year))):
            return -2
    if day <= 0 or day >= 8:
        return -3
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------------------------------
# Argument handling with the messages of CPython's C argument parsers.

def _typename(obj):
    t = type(obj)
    return _TP_NAMES.get(t) or t.__name__


_TP_NAMES = {}


def _c_int(value):
    """An argument converted as PyArg's "i" format does."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    n = _index(value)
    if n > 2147483647:
        if n > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if n < -2147483648:
        if n < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return n


def _bind(fname, names, required, args, kwargs, clinic=False, maxpos=None):
    """Binds arguments to parameter names as PyArg_ParseTupleAndKeywords (or, with clinic,
    Argument Clinic) does, with their messages; absent optional arguments are _MISSING.
    fname None stands for a constructor's unnamed parser ("function")."""
    n = len(names)
    nargs = len(args)
    nkw = len(kwargs) if kwargs else 0
    label = "function" if fname is None else fname + "()"
    if clinic:
        if maxpos is None:
            maxpos = n
        if nargs > maxpos:
            raise TypeError("%s takes at most %d positional argument%s (%d given)"
                            % (label, maxpos, "" if maxpos == 1 else "s", nargs))
    else:
        if nargs + nkw > n:
            raise TypeError("%s takes at most %d %sargument%s (%d given)"
                            % (label, n, "keyword " if nargs == 0 else "", "" if n == 1 else "s", nargs + nkw))
        if maxpos is not None and nargs > maxpos:
            raise TypeError("%s takes at most %d positional argument%s (%d given)"
                            % (label, maxpos, "" if maxpos == 1 else "s", nargs))
    values = list(args)
    for i in range(nargs, n):
        name = names[i]
        if nkw and name in kwargs:
            values.append(kwargs[name])
        elif i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (label, name, i + 1))
        else:
            values.append(_MISSING)
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)" % (label, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("%s got an unexpected keyword argument '%s'"
                                % ("this function" if fname is None else label, key))
    return values


def _one_arg(fname, args, kwargs, word="one"):
    """The single positional argument of a METH_O function (word "one") or of a
    PyArg_ParseTuple one (word "1")."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % fname)
    if len(args) != 1:
        raise TypeError("%s() takes exactly %s argument (%d given)" % (fname, word, len(args)))
    return args[0]


def _no_args(fname, args, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % fname)
    raise TypeError("%s() takes no arguments (%d given)" % (fname, len(args)))


def _argtype(value):
    """A value's type as the "must be X, not Y" messages of C argument parsers name it."""
    return "None" if value is None else _typename(value)


def _getset(slot, name, tpname):
    """A read-only field as CPython's getset descriptors give it."""
    def refuse(self, value=None):
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (name, tpname))
    return property(_attrgetter(slot), refuse, refuse)


def _member(slot, doc):
    """A read-only field as CPython's member descriptors give it."""
    def refuse(self, value=None):
        raise AttributeError("readonly attribute")
    return property(_attrgetter(slot), refuse, refuse, doc)


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _typename(tz))


def _check_date_fields(year, month, day):
    if not (MINYEAR <= year <= MAXYEAR and 1 <= month <= 12 and 1 <= day <= 31):
        _c_int(year), _c_int(month), _c_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or (day > 28 and day > _days_in_month(year, month)):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond, fold):
    if hour < 0 or hour > 23:
        raise ValueError("hour must be in 0..23")
    if minute < 0 or minute > 59:
        raise ValueError("minute must be in 0..59")
    if second < 0 or second > 59:
        raise ValueError("second must be in 0..59")
    if microsecond < 0 or microsecond > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_str_arg(fname, position, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be str, not %s" % (fname, position, _argtype(value)))


def _offset_range_error(offset, with_value=True):
    if with_value:
        return ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                          "timedelta(hours=24), not %r." % (offset,))
    return ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")


def _checked_offset(what, offset):
    """What tzinfo.utcoffset() or dst() returned, checked as CPython's call_utc_tzinfo does."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (what, _typename(offset)))
    if not -_US_PER_DAY < offset._to_us() < _US_PER_DAY:
        raise _offset_range_error(offset, False)
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _typename(name))
    return name


def _format_offset(offset, sep):
    """"+HH<sep>MM[<sep>SS[.ffffff]]" for an offset, "" for None."""
    if offset is None:
        return ""
    us = offset._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    seconds, us = divmod(us, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or us:
        text += "%s%02d" % (sep, seconds)
        if us:
            text += ".%06d" % us
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, timetuple, tzinfo_, tzinfo_arg, microsecond):
    """strftime for the three kinds (wrap_strftime): %z, %:z, %Z and %f are filled in here,
    the rest is time.strftime's."""
    fmt.encode("utf-8")
    nul = fmt.find("\0")
    if nul >= 0:
        fmt = fmt[:nul]
    if "%" not in fmt:
        return _time.strftime(fmt, timetuple)
    parts = []
    z = colon_z = big_z = None
    i = 0
    n = len(fmt)
    start = 0
    while i < n:
        if fmt[i] != "%" or i + 1 >= n:
            i += 1
            continue
        c = fmt[i + 1]
        if c == "z":
            if z is None:
                z = _format_offset(tzinfo_ and _checked_offset("utcoffset", tzinfo_.utcoffset(tzinfo_arg)), "")
            piece = z
            width = 2
        elif c == ":" and i + 2 < n and fmt[i + 2] == "z":
            if colon_z is None:
                colon_z = _format_offset(tzinfo_ and _checked_offset("utcoffset", tzinfo_.utcoffset(tzinfo_arg)), ":")
            piece = colon_z
            width = 3
        elif c == "Z":
            if big_z is None:
                name = _call_tzname(tzinfo_, tzinfo_arg)
                big_z = "" if name is None else name.replace("%", "%%")
            piece = big_z
            width = 2
        elif c == "f":
            piece = "%06d" % microsecond
            width = 2
        else:
            i += 2
            continue
        parts.append(fmt[start:i])
        parts.append(piece)
        i += width
        start = i
    parts.append(fmt[start:])
    return _time.strftime("".join(parts), timetuple)


def _struct_time(y, m, d, hh, mm, ss, dst):
    ordinal = _ymd_to_ordinal(y, m, d)
    yday = ordinal - _days_before_year(y)
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dst))


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even_div(a, b):
    """a / b for ints, rounded to the nearest int, ties to even (divide_nearest)."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b if b > 0 else r2 < b:
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


# ---------------------------------------------------------------------------------------------
# timedelta

def _new_delta(days, seconds, microseconds, cls=None):
    """A timedelta from fields already in their ranges, days checked."""
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _delta_from_us(us, cls=None):
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    return _new_delta(days, seconds, us, cls)


_DELTA_FACTORS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
                  ("minutes", 60000000), ("hours", 3600000000), ("days", 86400000000),
                  ("weeks", 604800000000))
_DELTA_FACTOR_OF = dict(_DELTA_FACTORS)
_DELTA_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


def _c_round(x):
    """C's round(): halfway cases away from zero."""
    r = _math.floor(abs(x) + 0.5)
    return r if x >= 0 else -r


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 1 and type(args[0]) is int:
            return _delta_from_us(args[0] * _US_PER_DAY, cls)
        if not args:
            total = 0
            for name, value in kwargs.items():
                factor = _DELTA_FACTOR_OF.get(name)
                if factor is None or type(value) is not int:
                    break
                total += value * factor
            else:
                return _delta_from_us(total, cls)
        values = _bind("__new__", _DELTA_NAMES, 0, args, kwargs)
        given = dict(zip(_DELTA_NAMES, values))
        total = 0
        leftover = 0.0
        for name, factor in _DELTA_FACTORS:
            value = given[name]
            if value is _MISSING:
                continue
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac != 0.0:
                    frac, whole = _math.modf(factor * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, _typename(value)))
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _delta_from_us(total, cls)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self, *args, **kwargs):
        """Total seconds in the duration."""
        if args or kwargs:
            _no_args("timedelta.total_seconds", args, kwargs)
        return self._to_us() / 10 ** 6

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_typename(self), ", ".join(fields) if fields else "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(-self._to_us())
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_round_half_even_div(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_round_half_even_div(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_round_half_even_div(self._to_us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._to_us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), divisor)
            return q, _delta_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.days = _member("_days", "Number of days.")
timedelta.seconds = _member("_seconds", "Number of seconds (>= 0 and less than 1 day).")
timedelta.microseconds = _member("_microseconds", "Number of microseconds (>= 0 and less than 1 second).")
timedelta.min = _new_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _new_delta(0, 0, 1)
_ZERO = _new_delta(0, 0, 0)


# ---------------------------------------------------------------------------------------------
# date

def _new_date(year, month, day, cls=None):
    self = object.__new__(date if cls is None else cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _state_bytes(state, size, name):
    if isinstance(state, str):
        try:
            state = state.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. pickle.load(data, "
                             "encoding='latin1') is assumed." % name) from None
    if len(state) != size:
        return None
    return state


def _check_fromisoformat_arg(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")


def _digits(s, pos, count):
    """The int of count ASCII digits of s at pos, or None."""
    if pos < 0 or pos + count > len(s):
        return None
    value = 0
    for i in range(pos, pos + count):
        c = s[i]
        if not "0" <= c <= "9":
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def _char(s, pos):
    return s[pos] if 0 <= pos < len(s) else "\0"


def _parse_iso_date(s, length):
    """(year, month, day), or None where CPython's parse_isoformat_date fails; s[:length] is the date."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    p = 4
    hyphens = _char(s, p) == "-"
    if hyphens:
        p += 1
    if _char(s, p) == "W":
        p += 1
        week = _digits(s, p, 2)
        if week is None:
            return None
        p += 2
        if p < length:
            if hyphens:
                if _char(s, p) != "-":
                    return None
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                return None
        else:
            day = 1
        result = _iso_to_ymd(year, week, day)
        if isinstance(result, int):
            return None
        return result
    month = _digits(s, p, 2)
    if month is None:
        return None
    p += 2
    if hyphens:
        if _char(s, p) != "-":
            return None
        p += 1
    day = _digits(s, p, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hh_mm_ss_ff(s, start, end):
    """[HH[:?MM[:?SS[{.,}ffffff]]]] of s[start:end]: (code, hour, minute, second, microsecond),
    code 0 when the text ends at end, 1 when more follows, negative on failure."""
    values = [0, 0, 0]
    p = start
    has_separator = True
    microsecond = 0
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            return -3, 0, 0, 0, 0
        values[i] = v
        p += 2
        c = _char(s, p)
        p += 1
        if i == 0:
            has_separator = c == ":"
        if p >= end:
            return (1 if c != "\0" else 0), values[0], values[1], values[2], 0
        if has_separator and c == ":":
            continue
        if c == "." or c == ",":
            break
        if not has_separator:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
    remains = end - p
    count = 6 if remains >= 6 else remains
    v = _digits(s, p, count) if count > 0 else None
    if v is None:
        return -3, 0, 0, 0, 0
    p += count
    microsecond = v * 10 ** (6 - count)
    while "0" <= _char(s, p) <= "9":
        p += 1
    return (1 if _char(s, p) != "\0" else 0), values[0], values[1], values[2], microsecond


def _parse_iso_time(s, start):
    """The time part of an ISO string from start: (hour, minute, second, microsecond, tz) with tz
    False when the text gives no offset, else (seconds, microseconds); or None."""
    end = len(s)
    tzpos = start
    while tzpos < end and s[tzpos] not in "Z+-":
        tzpos += 1
    code, hour, minute, second, microsecond = _parse_hh_mm_ss_ff(s, start, tzpos)
    if code < 0:
        return None
    if tzpos >= end:
        if code == 1:
            return None
        return hour, minute, second, microsecond, False
    if s[tzpos] == "Z":
        if tzpos + 1 != end:
            return None
        return hour, minute, second, microsecond, (0, 0)
    sign = -1 if s[tzpos] == "-" else 1
    code, th, tm, ts, tus = _parse_hh_mm_ss_ff(s, tzpos + 1, end)
    if code:
        return None
    return hour, minute, second, microsecond, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _iso_tzinfo(tz):
    if tz is False:
        return None
    seconds, us = tz
    if seconds == 0:
        return timezone.utc
    return timezone(_delta_from_us(seconds * 1000000 + us))


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 3:
            year, month, day = args
            if type(year) is not int or type(month) is not int or type(day) is not int:
                year, month, day = _c_int(year), _c_int(month), _c_int(day)
        else:
            if not kwargs and len(args) == 1 and isinstance(args[0], (bytes, str)):
                state = _state_bytes(args[0], 4, "date")
                if state is not None and 1 <= state[2] <= 12:
                    return _new_date(state[0] * 256 + state[1], state[2], state[3], cls)
            year, month, day = _bind(None, ("year", "month", "day"), 3, args, kwargs)
            year, month, day = _c_int(year), _c_int(month), _c_int(day)
        _check_date_fields(year, month, day)
        return _new_date(year, month, day, cls)

    # Constructors

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        t = _one_arg("date.fromtimestamp", args, kwargs)
        if isinstance(t, float) and t == t and abs(t) < 1e19:
            t = _math.floor(t)
        seconds = _timestamp_seconds(t)[0]
        tm = _local_fields(seconds)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls, *args, **kwargs):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        if args or kwargs:
            _no_args("date.today", args, kwargs)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args, **kwargs):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(_one_arg("fromordinal", args, kwargs, "1"))
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ordinal_to_ymd(n)
        if y > MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        if cls is date:
            return _new_date(y, m, d)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        """str -> Construct a date from a string in ISO 8601 format."""
        text = _one_arg("date.fromisoformat", args, kwargs)
        _check_fromisoformat_arg(text)
        try:
            length = len(text.encode("utf-8"))
        except UnicodeEncodeError:
            length = -1
        parsed = None
        if length in (7, 8, 10):
            parsed = _parse_iso_date(text, length)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _bind("fromisocalendar", ("year", "week", "day"), 3, args, kwargs, clinic=True)
        year, week, day = _c_int(year), _c_int(week), _c_int(day)
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        result = _iso_to_ymd(year, week, day)
        if result == -2:
            raise ValueError("Invalid week: %d" % week)
        if result == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*result)

    # Conversions to string

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_typename(self), self._year, self._month, self._day)

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        if args or kwargs:
            _no_args("date.isoformat", args, kwargs)
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self, *args, **kwargs):
        """Return ctime() style string."""
        if args or kwargs:
            _no_args("date.ctime", args, kwargs)
        weekday = (_ymd_to_ordinal(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        (fmt,) = _bind("strftime", ("format",), 1, args, kwargs)
        _check_str_arg("strftime", 1, fmt)
        return _strftime(fmt, self.timetuple(), None, None, 0)

    def __format__(self, *args):
        if len(args) != 1:
            raise TypeError("__format__() takes exactly 1 argument (%d given)" % len(args))
        fmt = args[0]
        _check_str_arg("__format__", 1, fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # Computations

    def timetuple(self, *args, **kwargs):
        """Return time tuple, compatible with time.localtime()."""
        if args or kwargs:
            _no_args("date.timetuple", args, kwargs)
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self, *args, **kwargs):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        if args or kwargs:
            _no_args("date.toordinal", args, kwargs)
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _bind("replace", ("year", "month", "day"), 0, args, kwargs)
        year = self._year if year is _MISSING else year
        month = self._month if month is _MISSING else month
        day = self._day if day is _MISSING else day
        return type(self)(year, month, day)

    def __replace__(self, /, **changes):
        return self.replace(**changes)

    def weekday(self, *args, **kwargs):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        if args or kwargs:
            _no_args("date.weekday", args, kwargs)
        return (self.toordinal() + 6) % 7

    def isoweekday(self, *args, **kwargs):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        if args or kwargs:
            _no_args("date.isoweekday", args, kwargs)
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self, *args, **kwargs):
        """Return a named tuple containing ISO year, week number, and weekday."""
        if args or kwargs:
            _no_args("date.isocalendar", args, kwargs)
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR:
            following = _iso_week1_monday(year + 1)
            if today >= following:
                year += 1
                week1 = following
        week, day = divmod(today - week1, 7)
        return _new_iso_calendar_date(year, week + 1, day + 1)

    # Comparisons

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate()[0])
        return self._hashcode

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._moved(other._days)
        return NotImplemented

    __radd__ = __add__

    def _moved(self, days):
        # Arithmetic keeps the class of a subclass's instances, made by its constructor.
        n = self.toordinal() + days
        if not 1 <= n <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(n)
        if type(self) is date:
            return _new_date(y, m, d)
        return type(self)(y, m, d)

    def __sub__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _new_delta(self.toordinal() - other.toordinal(), 0, 0)
        if isinstance(other, timedelta):
            return self._moved(-other._days)
        return NotImplemented

    # Pickling

    def _getstate(self):
        hi, lo = divmod(self._year, 256)
        return (bytes((hi, lo, self._month, self._day)),)

    def __reduce__(self):
        return (type(self), self._getstate())

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate())


date.year = _getset("_year", "year", "datetime.date")
date.month = _getset("_month", "month", "datetime.date")
date.day = _getset("_day", "day", "datetime.date")
date.min = _new_date(1, 1, 1)
date.max = _new_date(9999, 12, 31)
date.resolution = _new_delta(1, 0, 0)


class _IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_typename(self), self[0], self[1], self[2])


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _new_iso_calendar_date(year, week, day):
    return tuple.__new__(_IsoCalendarDate, (year, week, day))


# ---------------------------------------------------------------------------------------------
# tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _checked_offset("utcoffset", self.utcoffset(dt))
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _checked_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = offset - dst
        if delta:
            dt = dt + delta
            dst = _checked_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        state = getstate() if getstate is not None else getattr(self, "__dict__", None) or None
        return (type(self), args, state)


# ---------------------------------------------------------------------------------------------
# time

_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


def _new_time(hour, minute, second, microsecond, tz, fold, cls=None):
    self = object.__new__(time if cls is None else cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _fold_arg(fold):
    return 0 if fold is _MISSING else _c_int(fold)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if not kwargs and 1 <= len(args) <= 2 and isinstance(args[0], (bytes, str)):
            state = _state_bytes(args[0], 6, "time")
            if state is not None and (state[0] & 0x7F) < 24:
                tz = args[1] if len(args) == 2 else None
                if tz is not None and not isinstance(tz, tzinfo):
                    raise TypeError("bad tzinfo state arg")
                return _new_time(state[0] & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
                                 tz, 1 if state[0] & 0x80 else 0, cls)
        hour, minute, second, microsecond, tz, fold = _bind(None, _TIME_NAMES, 0, args, kwargs, maxpos=5)
        hour = 0 if hour is _MISSING else _c_int(hour)
        minute = 0 if minute is _MISSING else _c_int(minute)
        second = 0 if second is _MISSING else _c_int(second)
        microsecond = 0 if microsecond is _MISSING else _c_int(microsecond)
        tz = None if tz is _MISSING else tz
        fold = _fold_arg(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time(hour, minute, second, microsecond, tz, fold, cls)

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        """string -> time from a string in ISO 8601 format"""
        text = _one_arg("time.fromisoformat", args, kwargs)
        _check_fromisoformat_arg(text)
        parsed = None
        try:
            text.encode("utf-8")
            start = 1 if text[:1] == "T" else 0
            parsed = _parse_iso_time(text, start)
        except UnicodeEncodeError:
            pass
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        hour, minute, second, microsecond, tz = parsed
        return cls(hour, minute, second, microsecond, _iso_tzinfo(tz))

    # Comparisons

    def _time_cmp(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            myoff = otoff = None
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if myoff == otoff:
            return _cmp(mine, theirs)
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond - myoff._to_us()
        b = ((other._hour * 60 + other._minute) * 60 + other._second) * 1000000 + other._microsecond - otoff._to_us()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._time_cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._getstate(3)[0])
            else:
                us = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + t._microsecond
                self._hashcode = hash(_delta_from_us(us - offset._to_us()))
        return self._hashcode

    # Conversion to string

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_typename(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_typename(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_typename(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        (timespec,) = _bind("isoformat", ("timespec",), 0, args, kwargs)
        if timespec is _MISSING:
            timespec = "auto"
        else:
            _check_str_arg("isoformat", 1, timespec)
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        (fmt,) = _bind("strftime", ("format",), 1, args, kwargs)
        _check_str_arg("strftime", 1, fmt)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(fmt, timetuple, self._tzinfo, None, self._microsecond)

    def __format__(self, *args):
        if len(args) != 1:
            raise TypeError("__format__() takes exactly 1 argument (%d given)" % len(args))
        fmt = args[0]
        _check_str_arg("__format__", 1, fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # Time zone information

    def utcoffset(self, *args, **kwargs):
        """Return self.tzinfo.utcoffset(self)."""
        if args or kwargs:
            _no_args("time.utcoffset", args, kwargs)
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def tzname(self, *args, **kwargs):
        """Return self.tzinfo.tzname(self)."""
        if args or kwargs:
            _no_args("time.tzname", args, kwargs)
        return _call_tzname(self._tzinfo, None)

    def dst(self, *args, **kwargs):
        """Return self.tzinfo.dst(self)."""
        if args or kwargs:
            _no_args("time.dst", args, kwargs)
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        hour, minute, second, microsecond, tz, fold = _bind("replace", _TIME_NAMES, 0, args, kwargs, clinic=True, maxpos=5)
        new = (self._hour if hour is _MISSING else hour,
               self._minute if minute is _MISSING else minute,
               self._second if second is _MISSING else second,
               self._microsecond if microsecond is _MISSING else microsecond,
               self._tzinfo if tz is _MISSING else tz)
        fold = self._fold if fold is _MISSING else fold
        if type(self) is time:
            return time(*new, fold=fold)
        return _call_subclass(type(self), new, _c_int(fold))

    def __replace__(self, /, **changes):
        return self.replace(**changes)

    # Pickling

    def _getstate(self, protocol):
        hour = self._hour
        if self._fold and protocol > 3:
            hour += 128
        us = self._microsecond
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.hour = _getset("_hour", "hour", "datetime.time")
time.minute = _getset("_minute", "minute", "datetime.time")
time.second = _getset("_second", "second", "datetime.time")
time.microsecond = _getset("_microsecond", "microsecond", "datetime.time")
time.tzinfo = _getset("_tzinfo", "tzinfo", "datetime.time")
time.fold = _getset("_fold", "fold", "datetime.time")
time.min = _new_time(0, 0, 0, 0, None, 0)
time.max = _new_time(23, 59, 59, 999999, None, 0)
time.resolution = _new_delta(0, 0, 1)


# ---------------------------------------------------------------------------------------------
# datetime

_DATETIME_NAMES = ("year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold")


def _new_datetime(year, month, day, hour, minute, second, microsecond, tz, fold, cls=None):
    self = object.__new__(datetime if cls is None else cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _timestamp_seconds(t):
    """A timestamp as (seconds, microseconds), rounding half to even (_PyTime_ROUND_HALF_EVEN)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        seconds = int(whole)
        us = round(frac * 1e6)
        if us >= 1000000:
            seconds += 1
            us -= 1000000
        elif us < 0:
            seconds -= 1
            us += 1000000
        return seconds, int(us)
    seconds = _index(t)
    if not -9223372036854775808 <= seconds <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _seconds_of(y, m, d, hh, mm, ss):
    """Seconds since the epoch of a civil time read as UTC."""
    return ((_ymd_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 24 + hh) * 3600 + mm * 60 + ss


def _utc_fields(u):
    """(year, month, day, hour, minute, second) in UTC at epoch seconds u, checked as the
    C module's gmtime-based conversions are."""
    if not -9223372036854775808 <= u <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    days, rest = divmod(u, 86400)
    y, m, d = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


# Local time comes from time.localtime within these epoch seconds (years 1 to 9999 with two days
# to spare); outside them a result would be out of range anyway, and the year that UTC gives
# is reported.
_LOCAL_MIN = -62135596800 - 2 * 86400
_LOCAL_MAX = 253402300800 + 2 * 86400


def _local_fields(u):
    if not _LOCAL_MIN <= u <= _LOCAL_MAX:
        _utc_fields(u)
    tm = _time.localtime(u)
    if tm[0] < MINYEAR or tm[0] > MAXYEAR:
        raise ValueError("year %d is out of range" % tm[0])
    return tm


def _local_seconds(u):
    """The local civil time at epoch seconds u, itself as seconds since the epoch read as UTC."""
    tm = _local_fields(u)
    return _seconds_of(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])


def _local_to_utc(y, m, d, hh, mm, ss, fold):
    """Epoch seconds of a naive local time, fold choosing between the two readings of a
    repeated time, and a time in a gap read with the offset from before (fold=0) or after."""
    t = _seconds_of(y, m, d, hh, mm, ss)
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local_seconds(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _call_subclass(cls, args, fold):
    # A subclass's constructor is given fold only when it is set, as the C module does.
    if fold:
        return cls(*args, fold=fold)
    return cls(*args)


def _local_timezone(u):
    tm = _time.localtime(u)
    return timezone(_delta_from_us(tm.tm_gmtoff * 1000000), tm.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        if not kwargs and 1 <= len(args) <= 2 and isinstance(args[0], (bytes, str)):
            state = _state_bytes(args[0], 10, "datetime")
            if state is not None and 1 <= (state[2] & 0x7F) <= 12:
                tz = args[1] if len(args) == 2 else None
                if tz is not None and not isinstance(tz, tzinfo):
                    raise TypeError("bad tzinfo state arg")
                return _new_datetime(state[0] * 256 + state[1], state[2] & 0x7F, state[3], state[4], state[5],
                                     state[6], (state[7] << 16) | (state[8] << 8) | state[9], tz,
                                     1 if state[2] & 0x80 else 0, cls)
        if not kwargs and 3 <= len(args) <= 7:
            for v in args:
                if type(v) is not int:
                    break
            else:
                values = args + (0,) * (7 - len(args))
                year, month, day, hour, minute, second, microsecond = values
                _check_date_fields(year, month, day)
                if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999):
                    for v in values[3:]:
                        _c_int(v)
                    _check_time_fields(hour, minute, second, microsecond, 0)
                return _new_datetime(year, month, day, hour, minute, second, microsecond, None, 0, cls)
        values = _bind(None, _DATETIME_NAMES, 3, args, kwargs, maxpos=8)
        year, month, day = _c_int(values[0]), _c_int(values[1]), _c_int(values[2])
        hour = 0 if values[3] is _MISSING else _c_int(values[3])
        minute = 0 if values[4] is _MISSING else _c_int(values[4])
        second = 0 if values[5] is _MISSING else _c_int(values[5])
        microsecond = 0 if values[6] is _MISSING else _c_int(values[6])
        tz = None if values[7] is _MISSING else values[7]
        fold = _fold_arg(values[8])
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime(year, month, day, hour, minute, second, microsecond, tz, fold, cls)

    # Constructors

    @classmethod
    def _from_timestamp(cls, seconds, us, tz, utc):
        if utc or tz is not None:
            tm = _utc_fields(seconds)
            fold = 0
        else:
            tm = _local_fields(seconds)
            fold = 0
            result = _seconds_of(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5])
            transition = result - _local_seconds(seconds - _MAX_FOLD_SECONDS) - _MAX_FOLD_SECONDS
            if transition < 0 and _local_seconds(seconds + transition) == result:
                fold = 1
        year = tm[0]
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError("year %d is out of range" % year)
        if cls is datetime:
            result = _new_datetime(year, tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz, fold)
        else:
            result = _call_subclass(cls, (year, tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz), fold)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _bind("fromtimestamp", ("timestamp", "tz"), 1, args, kwargs)
        tz = None if tz is _MISSING else tz
        _check_tzinfo_arg(tz)
        seconds, us = _timestamp_seconds(t)
        return cls._from_timestamp(seconds, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, *args, **kwargs):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future "
                      "version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(timestamp, datetime.UTC).", DeprecationWarning, stacklevel=2)
        t = _one_arg("utcfromtimestamp", args, kwargs, "1")
        seconds, us = _timestamp_seconds(t)
        return cls._from_timestamp(seconds, us, None, True)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        (tz,) = _bind("now", ("tz",), 0, args, kwargs)
        tz = None if tz is _MISSING else tz
        _check_tzinfo_arg(tz)
        ns = _time.time_ns()
        seconds, ns = divmod(ns, 1000000000)
        return cls._from_timestamp(seconds, ns // 1000, tz, False)

    @classmethod
    def utcnow(cls, *args, **kwargs):
        """Return a new datetime representing UTC day and time."""
        if args or kwargs:
            _no_args("datetime.utcnow", args, kwargs)
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. "
                      "Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        ns = _time.time_ns()
        seconds, ns = divmod(ns, 1000000000)
        return cls._from_timestamp(seconds, ns // 1000, None, True)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _bind("combine", ("date", "time", "tzinfo"), 2, args, kwargs)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _argtype(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _argtype(t))
        tz = t._tzinfo if tz is _MISSING else tz
        _check_tzinfo_arg(tz)
        if cls is datetime:
            return _new_datetime(d._year, d._month, d._day, t._hour, t._minute, t._second, t._microsecond, tz, t._fold)
        return _call_subclass(cls, (d._year, d._month, d._day, t._hour, t._minute, t._second, t._microsecond, tz), t._fold)

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        """string -> datetime from a string in most ISO 8601 formats"""
        text = _one_arg("datetime.fromisoformat", args, kwargs)
        _check_fromisoformat_arg(text)
        parsed = _parse_iso_datetime(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        y, m, d, hh, mm, ss, us, tz = parsed
        return cls(y, m, d, hh, mm, ss, us, _iso_tzinfo(tz))

    @classmethod
    def strptime(cls, *args, **kwargs):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if kwargs:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        text, fmt = args
        _check_str_arg("strptime", 1, text)
        _check_str_arg("strptime", 2, fmt)
        fields, fraction, gmtoff, gmtoff_fraction, zone = _strptime(text, fmt)
        args = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction)
        if gmtoff is None:
            # _strptime passes a tzinfo only when the text gave an offset.
            return cls(*args)
        offset = _delta_from_us(gmtoff * 1000000 + gmtoff_fraction)
        return cls(*args, timezone(offset, zone) if zone else timezone(offset))

    # Fields

    def timetuple(self, *args, **kwargs):
        """Return time tuple, compatible with time.localtime()."""
        if args or kwargs:
            _no_args("datetime.timetuple", args, kwargs)
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def _local_timestamp(self):
        return _local_to_utc(self._year, self._month, self._day, self._hour, self._minute, self._second, self._fold)

    def timestamp(self, *args, **kwargs):
        """Return POSIX timestamp as float."""
        if args or kwargs:
            _no_args("datetime.timestamp", args, kwargs)
        if self._tzinfo is None:
            seconds = self._local_timestamp()
            return seconds + self._microsecond / 1e6
        delta = self - _EPOCH
        return delta.total_seconds()

    def utctimetuple(self, *args, **kwargs):
        """Return UTC time tuple, compatible with time.localtime()."""
        if args or kwargs:
            _no_args("datetime.utctimetuple", args, kwargs)
        offset = self.utcoffset()
        d = self
        if offset:
            d = self._plus_us(-offset._to_us())
        return _struct_time(d._year, d._month, d._day, d._hour, d._minute, d._second, 0)

    def date(self, *args, **kwargs):
        """Return date object with same year, month and day."""
        if args or kwargs:
            _no_args("datetime.date", args, kwargs)
        return _new_date(self._year, self._month, self._day)

    def time(self, *args, **kwargs):
        """Return time object with same time but with tzinfo=None."""
        if args or kwargs:
            _no_args("datetime.time", args, kwargs)
        return _new_time(self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self, *args, **kwargs):
        """Return time object with same time and tzinfo."""
        if args or kwargs:
            _no_args("datetime.timetz", args, kwargs)
        return _new_time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        values = _bind("replace", _DATETIME_NAMES, 0, args, kwargs, clinic=True, maxpos=8)
        current = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                   self._microsecond, self._tzinfo, self._fold)
        new = [current[i] if v is _MISSING else v for i, v in enumerate(values)]
        if type(self) is datetime:
            return datetime(*new[:8], fold=new[8])
        return _call_subclass(type(self), new[:8], _c_int(new[8]))

    def astimezone(self, *args, **kwargs):
        """tz -> convert to local time in new timezone tz"""
        (tz,) = _bind("astimezone", ("tz",), 0, args, kwargs)
        if tz is _MISSING:
            tz = None
        else:
            _check_tzinfo_arg(tz)
        self_tz = self._tzinfo
        if self_tz is None:
            self_tz = self._local_timezone_of_naive()
        if self_tz is tz:
            return self
        offset = _checked_offset("utcoffset", self_tz.utcoffset(self))
        if offset is None:
            self_tz = self._local_timezone_of_naive()
            offset = _checked_offset("utcoffset", self_tz.utcoffset(self))
        utc = self._plus_us(-offset._to_us())
        if tz is None:
            tz = _local_timezone((utc._to_us() - _EPOCH_US) // 1000000)
        return tz.fromutc(self._retyped(utc, tz))

    def _local_timezone_of_naive(self):
        # In a gap or a fold, the two readings differ: the zone is the one of the reading
        # that fold does not choose in a gap, and of the chosen one in a fold.
        seconds = self._local_timestamp()
        other = _local_to_utc(self._year, self._month, self._day, self._hour, self._minute, self._second,
                              1 - self._fold)
        if other != seconds and (other > seconds) == bool(self._fold):
            seconds = other
        return _local_timezone(seconds)

    # Ways to produce a string

    def ctime(self, *args, **kwargs):
        """Return ctime() style string."""
        if args or kwargs:
            _no_args("datetime.ctime", args, kwargs)
        weekday = (_ymd_to_ordinal(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not args and not kwargs:
            return self._isoformat("T")
        sep, timespec = _bind("isoformat", ("sep", "timespec"), 0, args, kwargs)
        if sep is _MISSING:
            sep = "T"
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _argtype(sep))
        if timespec is _MISSING:
            timespec = "auto"
        else:
            _check_str_arg("isoformat", 2, timespec)
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset(), ":")

    def __repr__(self):
        if self._microsecond:
            fields = "%d, %d, %d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute,
                                                   self._second, self._microsecond)
        elif self._second:
            fields = "%d, %d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute,
                                               self._second)
        else:
            fields = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._fold:
            fields += ", fold=1"
        if self._tzinfo is not None:
            fields += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_typename(self), fields)

    def _isoformat(self, sep):
        if self._microsecond:
            text = "%04d-%02d-%02d%s%02d:%02d:%02d.%06d" % (self._year, self._month, self._day, sep, self._hour,
                                                          self._minute, self._second, self._microsecond)
        else:
            text = "%04d-%02d-%02d%s%02d:%02d:%02d" % (self._year, self._month, self._day, sep, self._hour,
                                                     self._minute, self._second)
        if self._tzinfo is None:
            return text
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        if type(self).isoformat is datetime.isoformat:
            return self._isoformat(" ")
        return self.isoformat(" ")

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        (fmt,) = _bind("strftime", ("format",), 1, args, kwargs)
        _check_str_arg("strftime", 1, fmt)
        return _strftime(fmt, self.timetuple(), self._tzinfo, self, self._microsecond)

    def utcoffset(self, *args, **kwargs):
        """Return self.tzinfo.utcoffset(self)."""
        if args or kwargs:
            _no_args("datetime.utcoffset", args, kwargs)
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def tzname(self, *args, **kwargs):
        """Return self.tzinfo.tzname(self)."""
        if args or kwargs:
            _no_args("datetime.tzname", args, kwargs)
        return _call_tzname(self._tzinfo, self)

    def dst(self, *args, **kwargs):
        """Return self.tzinfo.dst(self)."""
        if args or kwargs:
            _no_args("datetime.dst", args, kwargs)
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    # Comparisons

    def _datetime_cmp(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        mine = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                  other._microsecond)
        if mytz is ottz:
            return _cmp(mine, theirs)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if equality:
            # A time whose offset depends on fold is never equal to one in another zone.
            if myoff != self.replace(fold=not self._fold).utcoffset():
                return 2
            if otoff != other.replace(fold=not other._fold).utcoffset():
                return 2
        if myoff == otoff:
            return _cmp(mine, theirs)
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._to_us() - myoff._to_us()
        b = other._to_us() - otoff._to_us()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._datetime_cmp(other, False) >= 0
        return NotImplemented

    def _to_us(self):
        """Microseconds since 0001-01-01 00:00 of the naive fields."""
        return ((((_ymd_to_ordinal(self._year, self._month, self._day) * 24 + self._hour) * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def _plus_us(self, us):
        """The naive fields moved by us microseconds, tzinfo and fold dropped; OverflowError
        when the result leaves the supported range."""
        days, rest = divmod(((self._hour * 60 + self._minute) * 60 + self._second) * 1000000
                            + self._microsecond + us, _US_PER_DAY)
        if days:
            n = _ymd_to_ordinal(self._year, self._month, self._day) + days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ordinal_to_ymd(n)
        else:
            y, m, d = self._year, self._month, self._day
        seconds, microsecond = divmod(rest, 1000000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return _new_datetime(y, m, d, hour, minute, second, microsecond, None, 0)

    def _retyped(self, r, tz):
        # The result of arithmetic on self: of self's class, made by its constructor for a subclass.
        if type(self) is datetime:
            r._tzinfo = tz
            return r
        return type(self)(r._year, r._month, r._day, r._hour, r._minute, r._second, r._microsecond, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._retyped(self._plus_us(other._to_us()), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._to_us()
            b = other._to_us()
            if self._tzinfo is not other._tzinfo:
                myoff = self.utcoffset()
                otoff = other.utcoffset()
                if (myoff is None) != (otoff is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if myoff is not None:
                    a -= myoff._to_us()
                    b -= otoff._to_us()
            return _delta_from_us(a - b)
        if isinstance(other, timedelta):
            return self._retyped(self._plus_us(-other._to_us()), self._tzinfo)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._getstate(3)[0])
            else:
                self._hashcode = hash(_delta_from_us(t._to_us() - offset._to_us()))
        return self._hashcode

    # Pickling

    def _getstate(self, protocol=3):
        month = self._month
        if self._fold and protocol > 3:
            month += 128
        hi, lo = divmod(self._year, 256)
        us = self._microsecond
        state = bytes((hi, lo, month, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.hour = _getset("_hour", "hour", "datetime.datetime")
datetime.minute = _getset("_minute", "minute", "datetime.datetime")
datetime.second = _getset("_second", "second", "datetime.datetime")
datetime.microsecond = _getset("_microsecond", "microsecond", "datetime.datetime")
datetime.tzinfo = _getset("_tzinfo", "tzinfo", "datetime.datetime")
datetime.fold = _getset("_fold", "fold", "datetime.datetime")
datetime.min = _new_datetime(1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _new_delta(0, 0, 1)


def _parse_iso_datetime(text):
    """(y, m, d, hh, mm, ss, us, tz) from a datetime ISO string, or None (datetime_fromisoformat)."""
    if len(text) < 7:
        return None
    for pos in (7, 8, 10):
        if pos >= len(text):
            break
        if "\ud800" <= text[pos] <= "\udfff":
            text = text[:pos] + "T" + text[pos + 1:]
            break
    try:
        length = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return None
    if length != len(text):
        # The date part is ASCII in every valid string; a wider separator stands for one character.
        prefix = 0
        while prefix < len(text) and text[prefix] < "\x80":
            prefix += 1
        if prefix < 7:
            return None
    s = text
    length = len(s)
    if length == 7:
        sep = 7
    elif s[4] == "-":
        if s[5] == "W":
            if length < 8:
                return None
            if length > 8 and s[8] == "-":
                if length == 9:
                    return None
                sep = 8 if length > 10 and "0" <= s[10] <= "9" else 10
            else:
                sep = 8
        else:
            sep = 10
    elif s[4] == "W":
        i = 7
        while i < length and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            sep = i
        else:
            sep = 7 if i % 2 == 0 else 8
    else:
        sep = 8
    ymd = _parse_iso_date(s, sep)
    if ymd is None:
        return None
    if length > sep:
        parsed = _parse_iso_time(s, sep + 1)
        if parsed is None:
            return None
        hh, mm, ss, us, tz = parsed
    else:
        hh = mm = ss = us = 0
        tz = False
    return ymd[0], ymd[1], ymd[2], hh, mm, ss, us, tz


# ---------------------------------------------------------------------------------------------
# timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        offset, name = _bind("timezone", ("offset", "name"), 1, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _argtype(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        if name is None and not offset:
            return _UTC
        return _new_timezone(offset, name)

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_typename(self), self._offset)
        return "%s(%r, %r)" % (_typename(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (what, _typename(dt)))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if self is _UTC or not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)


def _new_timezone(offset, name):
    us = offset._to_us()
    if not -_US_PER_DAY < us < _US_PER_DAY:
        raise _offset_range_error(offset)
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = object.__new__(timezone)
_UTC._offset = _ZERO
_UTC._name = None
timezone.utc = _UTC
timezone.min = _new_timezone(_new_delta(-1, 60, 0), None)
timezone.max = _new_timezone(_new_delta(0, 86340, 0), None)
UTC = _UTC

_EPOCH = _new_datetime(1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_EPOCH_US = _new_datetime(1970, 1, 1, 0, 0, 0, 0, None, 0)._to_us()


# ---------------------------------------------------------------------------------------------
# strptime, as Lib/_strptime.py does it in the C locale: the format becomes a regular
# expression matched without regard to case, and the groups become the fields.

_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")

_strptime_state = {}


def _choices(values, group):
    ordered = sorted(values, key=len, reverse=True)
    if all(v == "" for v in ordered):
        return ""
    import re
    return "(?P<%s>%s)" % (group, "|".join(re.escape(v) for v in ordered))


def _strptime_directives():
    tzname = _time.tzname
    daylight = _time.daylight
    key = (tzname, daylight)
    cached = _strptime_state.get("directives")
    if cached is not None and cached[0] == key:
        return cached[1]
    zones = ["utc", "gmt", tzname[0].lower()]
    zones = list(dict.fromkeys(zones))
    if daylight:
        zones.append(tzname[1].lower())
    table = {
        "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        "f": r"(?P<f>[0-9]{1,6})",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "G": r"(?P<G>\d\d\d\d)",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "M": r"(?P<M>[0-5]\d|\d)",
        "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
        "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
        "w": r"(?P<w>[0-6])",
        "u": r"(?P<u>[1-7])",
        "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        "y": r"(?P<y>\d\d)",
        "Y": r"(?P<Y>\d\d\d\d)",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "A": _choices(_FULL_WEEKDAYS, "A"),
        "a": _choices([d[:3] for d in _FULL_WEEKDAYS], "a"),
        "B": _choices(_FULL_MONTHS, "B"),
        "b": _choices([m[:3] for m in _FULL_MONTHS], "b"),
        "p": _choices(("am", "pm"), "p"),
        "Z": _choices(zones, "Z"),
        "%": "%",
    }
    table["c"] = _strptime_pattern(table, "%a %b %d %H:%M:%S %Y")
    table["x"] = _strptime_pattern(table, "%m/%d/%y")
    table["X"] = _strptime_pattern(table, "%H:%M:%S")
    _strptime_state["directives"] = (key, table)
    _strptime_state["regexes"] = {}
    return table


def _strptime_pattern(table, fmt):
    import re
    fmt = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", fmt)
    fmt = re.sub(r"\s+", r"\\s+", fmt)
    out = []
    while "%" in fmt:
        at = fmt.index("%") + 1
        out.append(fmt[:at - 1])
        out.append(table[fmt[at]])
        fmt = fmt[at + 1:]
    out.append(fmt)
    return "".join(out)


def _strptime_regex(fmt):
    import re
    table = _strptime_directives()
    regexes = _strptime_state["regexes"]
    if len(regexes) > 5:
        regexes.clear()
    regex = regexes.get(fmt)
    if regex is None:
        try:
            pattern = _strptime_pattern(table, fmt)
        except KeyError as e:
            bad = e.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        _warn_day_without_year(fmt)
        regex = re.compile(pattern, re.IGNORECASE)
        regexes[fmt] = regex
    return regex


def _warn_day_without_year(fmt):
    has_year = has_day = False
    i = 0
    while i < len(fmt) - 1:
        if fmt[i] == "%":
            c = fmt[i + 1]
            if c in "Yy" or c == "G":
                has_year = True
            elif c == "d":
                has_day = True
            i += 2
        else:
            i += 1
    if has_day and not has_year:
        import os
        import warnings
        warnings.warn("""\
Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647.""", DeprecationWarning,
                      skip_file_prefixes=(os.path.dirname(__file__),))


def _strptime(text, fmt):
    regex = _strptime_regex(fmt)
    found = regex.match(text)
    if not found:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if len(text) != found.end():
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    groups = found.groupdict()
    for key, value in groups.items():
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _FULL_MONTHS.index(value.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _FULL_MONTHS].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (groups.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _FULL_WEEKDAYS.index(value.lower())
        elif key == "a":
            weekday = [d[:3] for d in _FULL_WEEKDAYS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                z = value
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = date(year, 1, 1).weekday()
            wd = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + (week_of_year - 1) * 7 + wd
        elif iso_year is not None and iso_week is not None:
            d = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d._year, d._month, d._day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second), fraction, gmtoff, gmtoff_fraction, groups.get("Z")


# ---------------------------------------------------------------------------------------------
# The classes take the names of CPython's C types, and become immutable.

for _cls, _name in ((timedelta, "datetime.timedelta"), (date, "datetime.date"), (time, "datetime.time"),
                    (datetime, "datetime.datetime"), (tzinfo, "datetime.tzinfo"), (timezone, "datetime.timezone"),
                    (_IsoCalendarDate, "datetime.IsoCalendarDate")):
    _TP_NAMES[_cls] = _name
    _builtin_type(_cls, _name)
del _cls, _name
