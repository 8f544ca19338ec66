"""Decimal floating point arithmetic after the General Decimal Arithmetic Specification, with the
results, flags and messages of CPython 3.13's C module (libmpdec).

A Decimal is a sign, an integer coefficient and an exponent (or a special: Infinity, NaN, sNaN,
the NaNs with an integer payload). Every operation computes its exact result (or enough digits of
it with a sticky digit) and rounds it once in `_fin`, which follows libmpdec's finalize: the
exponent checks (overflow, subnormal rounding to Etiny, clamping) come before rounding to the
precision. The status of an operation is a set of libmpdec's flag bits; `Context._status` adds it
to the context's flags and raises the first trapped signal, whose argument lists the conditions.
"""

import math as _math
import numbers as _numbers
import sys as _sys
import _taipan

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# The exponent libmpdec gives a result that must overflow in any context.
_EXP_INF = 2000000000000000001



class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): what Decimal.as_tuple() returns."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')
    _field_defaults = {}

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != 3:
            raise TypeError('Expected 3 arguments, got %d' % len(t))
        return tuple.__new__(cls, t)

    def _replace(self, **kwds):
        vals = [kwds.pop(f, v) for f, v in zip(self._fields, self)]
        if kwds:
            raise TypeError('Got unexpected field names: %r' % list(kwds))
        return self._make(vals)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')


# ---------------------------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass


# libmpdec's status bits; their order is the order Context's repr lists flags and traps in.
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_FPU_ERROR = 32
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID = 256
_MALLOC_ERROR = 512
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _FPU_ERROR | _INVALID_CONTEXT
                 | _INVALID | _MALLOC_ERROR)
_ERRORS = _IEEE_INVALID | _DIV_BY_ZERO

# The signals (keys of flags and traps) in CPython's order, with the bits each stands for.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP), (DivisionByZero, _DIV_BY_ZERO),
    (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# The conditions an exception's argument lists, in CPython's order.
_CONDITIONS = (
    (InvalidOperation, _INVALID), (ConversionSyntax, _CONV_SYNTAX),
    (DivisionImpossible, _DIV_IMPOSSIBLE), (DivisionUndefined, _DIV_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT)) + _SIGNALS[1:]
# Names by bit for Context's repr (every invalid-operation bit prints as InvalidOperation).
_BIT_NAMES = ((_CLAMPED, 'Clamped'), (_CONV_SYNTAX, 'InvalidOperation'),
              (_DIV_BY_ZERO, 'DivisionByZero'), (_DIV_IMPOSSIBLE, 'InvalidOperation'),
              (_DIV_UNDEFINED, 'InvalidOperation'), (_FPU_ERROR, 'InvalidOperation'),
              (_INEXACT, 'Inexact'), (_INVALID_CONTEXT, 'InvalidOperation'),
              (_INVALID, 'InvalidOperation'), (_MALLOC_ERROR, 'InvalidOperation'),
              (_FLOAT_OP, 'FloatOperation'), (_OVERFLOW, 'Overflow'), (_ROUNDED, 'Rounded'),
              (_SUBNORMAL, 'Subnormal'), (_UNDERFLOW, 'Underflow'))

_SIGNAL_KEY_MESSAGE = ('valid values for signals are:\n'
                       '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                       '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                       '   Clamped]')
_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


def _bits_names(bits):
    names = []
    for bit, name in _BIT_NAMES:
        if bits & bit and name not in names:
            names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# Integer helpers

_POW10 = [10 ** _k for _k in range(80)]
_POW10_CACHE = {}


def _p10(k):
    if k < 80:
        return _POW10[k]
    p = _POW10_CACHE.get(k)
    if p is None:
        p = 10 ** k
        if len(_POW10_CACHE) > 64:
            _POW10_CACHE.clear()
        _POW10_CACHE[k] = p
    return p


def _nd(c):
    """The number of decimal digits of c >= 0 (1 for 0)."""
    if c < 1000000000000000000:
        return len(str(c))
    d = (c.bit_length() - 1) * 30103 // 100000
    while c >= _p10(d):
        d += 1
    return d


def _shr(c, k):
    """Drop the last k > 0 digits of c: (quotient, 0 exact / 1 below half / 2 half / 3 above)."""
    if k > 24 and c.bit_length() < 3 * (k - 1):
        return 0, (1 if c else 0)
    p = _p10(k)
    q, r = divmod(c, p)
    if not r:
        return q, 0
    r += r
    return q, (1 if r < p else 2 if r == p else 3)


def _incr(q, cat, sign, rnd):
    """Whether rounding mode rnd rounds the truncated q (with remainder class cat) away from 0."""
    if rnd == ROUND_HALF_EVEN:
        return cat == 3 or (cat == 2 and q & 1 == 1)
    if rnd == ROUND_HALF_UP:
        return cat >= 2
    if rnd == ROUND_DOWN:
        return False
    if rnd == ROUND_UP:
        return True
    if rnd == ROUND_HALF_DOWN:
        return cat == 3
    if rnd == ROUND_CEILING:
        return not sign
    if rnd == ROUND_FLOOR:
        return bool(sign)
    return q % 5 == 0   # ROUND_05UP


def _tz(c):
    """Trailing decimal zeros of c > 0."""
    n = 0
    while c % 1000000 == 0:
        c //= 1000000
        n += 6
    while c % 10 == 0:
        c //= 10
        n += 1
    return n


# ---------------------------------------------------------------------------------------------
# Decimal construction helpers

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _mk(sign, coeff, exp, special=0, cls=None):
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan():
    return _mk(0, 0, 0, _NAN)


class _Work(object):
    """A working context for internal steps: what _fin reads from a Context."""
    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_clamp')

    def __init__(self, prec, rounding, emin, emax, clamp):
        self._prec = prec
        self._rounding = rounding
        self._emin = emin
        self._emax = emax
        self._clamp = clamp


def _maxwork(prec=MAX_PREC, rounding=ROUND_HALF_EVEN):
    return _Work(prec, rounding, MIN_EMIN, MAX_EMAX, 0)


def _overflow(sign, ctx, rnd):
    if (rnd in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rnd == ROUND_CEILING and not sign) or (rnd == ROUND_FLOOR and sign)):
        r = _mk(sign, 0, 0, _INF)
    else:
        r = _mk(sign, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    return r, _OVERFLOW | _INEXACT | _ROUNDED


def _fin(sign, c, e, ctx, rnd=None):
    """Round the exact finite value (-1)**sign * c * 10**e into ctx: (Decimal, status)."""
    prec = ctx._prec
    emin = ctx._emin
    emax = ctx._emax
    if e >= emin and e <= emax - prec + 1 and (c < _POW10[prec] if prec < 80 else _nd(c) <= prec):
        return _mk(sign, c, e), 0
    if rnd is None:
        rnd = ctx._rounding
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if c == 0:
        if e > emax:
            return _mk(sign, 0, etop if ctx._clamp else emax), _CLAMPED
        if ctx._clamp and e > etop:
            return _mk(sign, 0, etop), _CLAMPED
        if e < etiny:
            return _mk(sign, 0, etiny), _CLAMPED
        return _mk(sign, 0, e), 0
    n = _nd(c)
    adj = e + n - 1
    if adj > emax:
        return _overflow(sign, ctx, rnd)
    if ctx._clamp and e > etop:
        st = _CLAMPED
        if adj < emin:
            st |= _SUBNORMAL
        return _mk(sign, c * _p10(e - etop), etop), st
    if adj < emin:
        st = _SUBNORMAL
        if e < etiny:
            q, cat = _shr(c, etiny - e)
            st |= _ROUNDED
            if cat:
                if _incr(q, cat, sign, rnd):
                    q += 1
                st |= _INEXACT | _UNDERFLOW
                if q == 0:
                    st |= _CLAMPED
            return _mk(sign, q, etiny), st
        return _mk(sign, c, e), st
    if n <= prec:
        return _mk(sign, c, e), 0
    k = n - prec
    q, cat = _shr(c, k)
    e += k
    st = _ROUNDED
    if cat:
        st |= _INEXACT
        if _incr(q, cat, sign, rnd):
            q += 1
            if q == _p10(prec):
                q = _p10(prec - 1)
                e += 1
                if e + prec - 1 > emax:
                    r, st2 = _overflow(sign, ctx, rnd)
                    return r, st | st2
    return _mk(sign, q, e), st


def _fix_nan(d, ctx):
    """A NaN's payload cut to the prec - clamp digits the context allows."""
    room = ctx._prec - ctx._clamp
    if d._int and _nd(d._int) > room:
        return _mk(d._sign, d._int % _p10(room) if room > 0 else 0, 0, d._special)
    return d


def _quiet(d, ctx):
    return _fix_nan(_mk(d._sign, d._int, 0, _NAN), ctx)


def _check_nans(a, b, ctx):
    """(result, status) when a or b is a NaN, else None."""
    if a._special == _SNAN:
        return _quiet(a, ctx), _INVALID
    if b is not None and b._special == _SNAN:
        return _quiet(b, ctx), _INVALID
    if a._special == _NAN:
        return _fix_nan(a, ctx), 0
    if b is not None and b._special == _NAN:
        return _fix_nan(b, ctx), 0
    return None


def _adjexp(d):
    return d._exp + _nd(d._int) - 1


# ---------------------------------------------------------------------------------------------
# Conversions of operands

def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _from_int(v):
    if type(v) is not int:
        v = int(v)
    if v < 0:
        return _mk(1, -v, 0)
    return _mk(0, v, 0)


def _conv(v):
    """An operand of an arithmetic operator: Decimal or int, else NotImplemented."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    return NotImplemented


def _conv_raise(v):
    """An operand of a method: Decimal or int, else TypeError."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


def _from_float_exact(f, cls=None):
    if isinstance(f, int):
        return _from_int(f)
    if f != f:
        return _mk(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _mk(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _mk(sign, n * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _parse(s, ctx, exact):
    """Decimal from a string already stripped: (Decimal, status)."""
    n = len(s)
    i = 0
    sign = 0
    if n and s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    rest = s[i:]
    low = rest.lower()
    if low in ('inf', 'infinity'):
        return _mk(sign, 0, 0, _INF), 0
    special = 0
    if low.startswith('nan'):
        special = _NAN
        digits = rest[3:]
    elif low.startswith('snan'):
        special = _SNAN
        digits = rest[4:]
    if special:
        if digits and not (digits.isdigit() and digits.isascii() or _all_decimal(digits)):
            return _nan(), _CONV_SYNTAX
        payload = int(digits) if digits else 0
        if payload and _nd(payload) > ctx._prec - ctx._clamp:
            return _nan(), _CONV_SYNTAX
        return _mk(sign, payload, 0, special), 0
    # digits [. digits] [e [sign] digits]
    epos = -1
    for j in range(len(rest)):
        ch = rest[j]
        if ch == 'e' or ch == 'E':
            epos = j
            break
    if epos >= 0:
        mant = rest[:epos]
        ex = rest[epos + 1:]
        if ex[:1] in ('+', '-'):
            exd = ex[1:]
        else:
            exd = ex
        if not exd or not _all_decimal(exd):
            return _nan(), _CONV_SYNTAX
        exp = int(ex)
    else:
        mant = rest
        exp = 0
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
    else:
        ip = mant
        fp = ''
    if not ip and not fp:
        return _nan(), _CONV_SYNTAX
    if (ip and not _all_decimal(ip)) or (fp and not _all_decimal(fp)):
        return _nan(), _CONV_SYNTAX
    coeff = int(ip + fp)
    exp -= len(fp)
    return _fin(sign, coeff, exp, ctx)


def _all_decimal(t):
    if t.isascii():
        return t.isdigit()
    for ch in t:
        if not ch.isdecimal():
            return False
    return True


def _parse_plain(s):
    """(sign, coefficient, exponent) of an ASCII finite number string, or None."""
    sign = 0
    c0 = s[:1]
    if c0 == '-' or c0 == '+':
        sign = 1 if c0 == '-' else 0
        s = s[1:]
    ip, dot, fp = s.partition('.')
    if dot:
        if fp.isdigit():
            if ip.isdigit():
                return sign, int(ip + fp), -len(fp)
            if not ip:
                return sign, int(fp), -len(fp)
    elif s.isdigit():
        return sign, int(s), 0
    mant, e, ex = s.partition('e')
    if not e:
        mant, e, ex = s.partition('E')
    if e:
        x0 = ex[:1]
        if not (ex[1:].isdigit() if (x0 == '+' or x0 == '-') else ex.isdigit()):
            return None
        exp = int(ex)
    else:
        exp = 0
    ip, dot, fp = mant.partition('.')
    if ip:
        if not ip.isdigit():
            return None
        if fp:
            if not fp.isdigit():
                return None
            return sign, int(ip + fp), exp - len(fp)
        return sign, int(ip), exp
    if fp and fp.isdigit():
        return sign, int(fp), exp - len(fp)
    return None


def _from_string(value, ctx, strip):
    """Decimal(str) (strip: whitespace and underscores allowed, exact) or create_decimal(str)."""
    if strip:
        s = value.strip()
        if '_' in s:
            s = s.replace('_', '')
        work = _MAXWORK
    else:
        s = value
        work = ctx
    if s.isascii():
        t = _parse_plain(s)
        if t is not None:
            sign, c, e = t
            if strip and -100000000000000000 < e < 100000000000000000:
                return _mk(sign, c, e)
            d, st = _fin(sign, c, e, work)
            if strip and st & (_INEXACT | _ROUNDED | _CLAMPED):
                d, st = _nan(), _INVALID
            if st:
                ctx._status(st)
            return d
    else:
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                ctx._status(_CONV_SYNTAX)
                return _nan()
        s = ''.join(chars)
    for ch in s:
        if ch.isspace() or ch == '\x00':
            ctx._status(_CONV_SYNTAX)
            return _nan()
    d, st = _parse(s, work, strip)
    if strip and st & (_INEXACT | _ROUNDED | _CLAMPED):
        d, st = _nan(), _INVALID
    if st:
        ctx._status(st)
    return d


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    special = 0
    if isinstance(exp, str):
        if exp == 'F':
            return _mk(sign, 0, 0, _INF)
        if exp == 'n':
            special = _NAN
        elif exp == 'N':
            special = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        exp = 0
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if special:
        return _mk(sign, c, 0, special)
    return _mk(sign, c, exp)


# ---------------------------------------------------------------------------------------------
# Comparison helpers

def _cmp(a, b):
    """Numeric comparison of non-NaN a and b: -1, 0 or 1."""
    if a._special or b._special:
        va = (-1 if a._sign else 1) if a._special else 0
        vb = (-1 if b._sign else 1) if b._special else 0
        if a._special and b._special:
            return (va > vb) - (va < vb)
        if a._special:
            return va
        return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    r = _cmp_abs_finite(a, b)
    return -r if a._sign else r


def _cmp_abs_finite(a, b):
    ca, cb = a._int, b._int
    if not ca or not cb:
        return (ca > 0) - (cb > 0)
    adja = a._exp + _nd(ca)
    adjb = b._exp + _nd(cb)
    if adja != adjb:
        return 1 if adja > adjb else -1
    ea, eb = a._exp, b._exp
    if ea > eb:
        ca *= _p10(ea - eb)
    elif eb > ea:
        cb *= _p10(eb - ea)
    return (ca > cb) - (ca < cb)


def _cmp_abs(a, b):
    if a._special or b._special:
        return (a._special == _INF) - (b._special == _INF)
    return _cmp_abs_finite(a, b)


def _total_key_cmp(a, b):
    """compare_total of a and b: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sgn = -1 if a._sign else 1
    ra = (3 if a._special == _NAN else 2 if a._special == _SNAN else 1 if a._special == _INF else 0)
    rb = (3 if b._special == _NAN else 2 if b._special == _SNAN else 1 if b._special == _INF else 0)
    if ra != rb:
        return sgn if ra > rb else -sgn
    if ra >= 2:
        r = (a._int > b._int) - (a._int < b._int)
        return sgn * r
    if ra == 1:
        return 0
    r = _cmp_abs_finite(a, b)
    if r:
        return sgn * r
    r = (a._exp > b._exp) - (a._exp < b._exp)
    return sgn * r


def _numequal_cmp(a, b):
    """Tie-break of max/min for numerically equal a and b."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


_MAXWORK = _maxwork()


# ---------------------------------------------------------------------------------------------
# Arithmetic: each function takes Decimals and a context and returns (Decimal, status).

def _plus(a, ctx):
    if a._special:
        if a._special != _INF:
            return _check_nans(a, None, ctx)
        return a, 0
    sign = a._sign
    if not a._int and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fin(sign, a._int, a._exp, ctx)


def _minus(a, ctx):
    if a._special:
        if a._special != _INF:
            return _check_nans(a, None, ctx)
        return _mk(1 - a._sign, 0, 0, _INF), 0
    sign = 1 - a._sign
    if not a._int and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fin(sign, a._int, a._exp, ctx)


def _abs(a, ctx):
    if a._sign:
        return _minus(a, ctx)
    return _plus(a, ctx)


def _add(a, b, ctx, bsign=None):
    """a + b, or a - b when bsign is b's sign flipped."""
    if bsign is None:
        bsign = b._sign
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special and b._special:
            if a._sign != bsign:
                return _nan(), _INVALID
            return _mk(a._sign, 0, 0, _INF), 0
        if a._special:
            return _mk(a._sign, 0, 0, _INF), 0
        return _mk(bsign, 0, 0, _INF), 0
    ca, ea, sa = a._int, a._exp, a._sign
    cb, eb, sb = b._int, b._exp, bsign
    if not ca or not cb:
        if not ca and not cb:
            if sa != sb:
                sa = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _fin(sa, 0, min(ea, eb), ctx)
        if not ca:
            return _add_zero(sb, cb, eb, ea, ctx)
        return _add_zero(sa, ca, ea, eb, ctx)
    if ea != eb:
        # Shrink an operand far below the other's last kept digit to one sticky digit.
        if ea > eb:
            adja = ea + _nd(ca) - 1
            t = min(ea, adja - ctx._prec) - 2
            if eb < t and eb + _nd(cb) - 1 < t:
                cb, eb = 1, t
        else:
            adjb = eb + _nd(cb) - 1
            t = min(eb, adjb - ctx._prec) - 2
            if ea < t and ea + _nd(ca) - 1 < t:
                ca, ea = 1, t
    if ea > eb:
        ca *= _p10(ea - eb)
        e = eb
    elif eb > ea:
        cb *= _p10(eb - ea)
        e = ea
    else:
        e = ea
    if sa == sb:
        return _fin(sa, ca + cb, e, ctx)
    v = ca - cb
    if v > 0:
        return _fin(sa, v, e, ctx)
    if v < 0:
        return _fin(sb, -v, e, ctx)
    return _fin(1 if ctx._rounding == ROUND_FLOOR else 0, 0, e, ctx)


def _add_zero(sign, c, e, zexp, ctx):
    """(-1)**sign * c * 10**e plus a zero with exponent zexp, without padding c with more zeros
    than the rounding would keep."""
    if zexp >= e:
        return _fin(sign, c, e, ctx)
    adj = e + _nd(c) - 1
    if adj < ctx._emin:
        target = max(zexp, ctx._emin - ctx._prec + 1)
    else:
        target = max(zexp, adj - ctx._prec + 1)
    if target <= zexp:
        return _fin(sign, c * _p10(e - zexp), zexp, ctx)
    if target >= e:
        d, st = _fin(sign, c, e, ctx)
    else:
        d, st = _fin(sign, c * _p10(e - target), target, ctx)
    return d, st | _ROUNDED


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if (a._special and not b._special and not b._int) or (
                b._special and not a._special and not a._int):
            return _nan(), _INVALID
        return _mk(sign, 0, 0, _INF), 0
    return _fin(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx, ideal=True):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special and b._special:
            return _nan(), _INVALID
        if a._special:
            return _mk(sign, 0, 0, _INF), 0
        # finite / inf
        return _fin(sign, 0, ctx._emin - ctx._prec + 1, ctx)[0], _CLAMPED
    if not b._int:
        if not a._int:
            return _nan(), _DIV_UNDEFINED
        return _mk(sign, 0, 0, _INF), _DIV_BY_ZERO
    ideal_exp = a._exp - b._exp
    if not a._int:
        return _fin(sign, 0, ideal_exp, ctx)
    ca, cb = a._int, b._int
    shift = _nd(cb) - _nd(ca) + ctx._prec + 1
    exp = ideal_exp - shift
    if shift >= 0:
        q, r = divmod(ca * _p10(shift), cb)
    else:
        q, r = divmod(ca, cb * _p10(-shift))
    if r:
        if q % 5 == 0:
            q += 1
    elif ideal:
        k = ideal_exp - exp
        if k > 0:
            t = 0
            while t < k and q % 10 == 0:
                q //= 10
                t += 1
            exp += t
    return _fin(sign, q, exp, ctx)


def _divmod_core(a, b, ctx):
    """Truncated quotient and remainder of finite a by nonzero finite b: (q, r, status)."""
    sign = a._sign ^ b._sign
    e = min(a._exp, b._exp)
    if not a._int:
        return _mk(sign, 0, 0), _mk(a._sign, 0, e), 0
    adja = _adjexp(a)
    adjb = _adjexp(b)
    if adja - adjb > ctx._prec:
        return None, None, _DIV_IMPOSSIBLE
    ca = a._int * _p10(a._exp - e)
    cb = b._int * _p10(b._exp - e)
    q, r = divmod(ca, cb)
    if q and _nd(q) > ctx._prec:
        return None, None, _DIV_IMPOSSIBLE
    return _mk(sign, q, 0), _mk(a._sign, r, e), 0


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special and b._special:
            return _nan(), _INVALID
        if a._special:
            return _mk(sign, 0, 0, _INF), 0
        return _mk(sign, 0, 0), 0
    if not b._int:
        if not a._int:
            return _nan(), _DIV_UNDEFINED
        return _mk(sign, 0, 0, _INF), _DIV_BY_ZERO
    q, r, st = _divmod_core(a, b, ctx)
    if q is None:
        return _nan(), st
    d, st2 = _fin(q._sign, q._int, 0, ctx)
    return d, st | st2


def _rem(a, b, ctx):
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special:
            return _nan(), _INVALID
        return _fin(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _nan(), _DIV_UNDEFINED
        return _nan(), _INVALID
    q, r, st = _divmod_core(a, b, ctx)
    if q is None:
        return _nan(), st
    return _fin(r._sign, r._int, r._exp, ctx)


def _divmod(a, b, ctx):
    """((quotient, remainder), status)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            n, st = _check_nans(a, b, ctx)
            return (n, n), st
        if a._special and b._special:
            return (_nan(), _nan()), _INVALID
        if a._special:
            return (_mk(sign, 0, 0, _INF), _nan()), _INVALID
        r, st = _fin(a._sign, a._int, a._exp, ctx)
        return (_mk(sign, 0, 0), r), st
    if not b._int:
        if not a._int:
            return (_nan(), _nan()), _DIV_UNDEFINED
        return (_mk(sign, 0, 0, _INF), _nan()), _DIV_BY_ZERO | _INVALID
    q, r, st = _divmod_core(a, b, ctx)
    if q is None:
        return (_nan(), _nan()), st
    q, st1 = _fin(q._sign, q._int, 0, ctx)
    r, st2 = _fin(r._sign, r._int, r._exp, ctx)
    return (q, r), st1 | st2


def _rem_near(a, b, ctx):
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special:
            return _nan(), _INVALID
        return _fin(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _nan(), _DIV_UNDEFINED
        return _nan(), _INVALID
    q, r, st = _divmod_core(a, b, ctx)
    if q is None:
        return _nan(), st
    if r._int:
        e = r._exp
        cb = b._int * _p10(b._exp - e)
        twice = 2 * r._int
        if twice > cb or (twice == cb and q._int & 1):
            if _nd(q._int + 1) > ctx._prec:
                return _nan(), _DIV_IMPOSSIBLE
            r = _mk(1 - r._sign, cb - r._int, e)
    return _fin(r._sign, r._int, r._exp, ctx)


def _fma(a, b, c, ctx):
    p, st = _mul(a, b, _MAXWORK)
    r, st2 = _add(p, c, ctx)
    return r, st | st2


def _compare(a, b, ctx, signal=False):
    if a._special >= _NAN or b._special >= _NAN:
        if signal:
            r, st = _check_nans(a, b, ctx)
            return r, st | _INVALID
        return _check_nans(a, b, ctx)
    r = _cmp(a, b)
    return _mk(1 if r < 0 else 0, 1 if r else 0, 0), 0


def _maxmin(a, b, ctx, want_max, mag):
    an, bn = a._special >= _NAN, b._special >= _NAN
    if a._special == _NAN and not bn:
        return _fin_any(b, ctx)
    if b._special == _NAN and not an:
        return _fin_any(a, ctx)
    if an or bn:
        return _check_nans(a, b, ctx)
    c = _cmp_abs(a, b) if mag else _cmp(a, b)
    if c == 0:
        c = _numequal_cmp(a, b)
    if want_max:
        return _fin_any(b if c < 0 else a, ctx)
    return _fin_any(a if c < 0 else b, ctx)


def _fin_any(d, ctx):
    if d._special:
        if d._special >= _NAN:
            return _fix_nan(d, ctx), 0
        return d, 0
    return _fin(d._sign, d._int, d._exp, ctx)


# ---------------------------------------------------------------------------------------------
# Square root, exp, ln, log10 and power

def _sqrt(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        if a._sign:
            return _nan(), _INVALID
        return a, 0
    ideal = a._exp // 2
    if not a._int:
        return _fin(a._sign, 0, ideal, ctx)
    if a._sign:
        return _nan(), _INVALID
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._prec
    k = prec + 1 - (_nd(c) + 1) // 2
    if k < 0:
        k = 0
    c2 = c * _p10(2 * k)
    r = _math.isqrt(c2)
    exp = e // 2 - k
    if r * r == c2:
        t = 0
        while exp + t < ideal and r % 10 == 0:
            r //= 10
            t += 1
        exp += t
        return _fin(0, r, exp, ctx, ROUND_HALF_EVEN)
    if r % 5 == 0:
        r += 1
    d, st = _fin(0, r, exp, ctx, ROUND_HALF_EVEN)
    return d, st | _INEXACT | _ROUNDED


# Fixed-point constants: (digits, value * 10**digits) of the most precise one computed.
_LN10_CACHE = [0, 0]


def _atanh_inv(q, w):
    """atanh(1/q) * 10**w, with an error of a few units."""
    one = _p10(w)
    term = one // q
    total = term
    q2 = q * q
    k = 3
    while term:
        term //= q2
        total += term // k
        k += 2
    return total


def _ln10_fixed(w):
    """ln(10) * 10**w (error below 1)."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // _p10(_LN10_CACHE[0] - w)
    g = w + 10
    ln2 = 2 * _atanh_inv(3, g)
    ln54 = 2 * _atanh_inv(9, g)
    v = 3 * ln2 + ln54
    _LN10_CACHE[0] = g
    _LN10_CACHE[1] = v
    return v // _p10(10)


def _exp_fixed(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r < 3 * 10**w (error of a few units)."""
    s = 8 if w < 200 else int(_math.sqrt(w)) + 4
    g = w + s // 3 + 8
    one = _p10(g)
    x = (r * _p10(g - w)) >> s
    term = one
    total = one
    k = 1
    while term:
        term = term * x // (one * k)
        total += term
        k += 1
    for _ in range(s):
        total = total * total // one
    return total // _p10(g - w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c * 10**e > 0 (error of a few hundred units at most)."""
    n = _nd(c)
    t = e + n - 1
    # m = c / 10**(n-1) in [1, 10); use [0.5, 5) so that ln(m) and t*ln10 never nearly cancel.
    g = w + 12
    if c * 2 >= _p10(n):
        mexp = n
        t += 1
    else:
        mexp = n - 1
    # M = m * 10**g
    if g >= mexp:
        m = c * _p10(g - mexp)
    else:
        m = c // _p10(mexp - g)
    one = _p10(g)
    j = 5
    for _ in range(j):
        m = _math.isqrt(m * one)
    # ln(m) = 2 * atanh(z), z = (m - 1) / (m + 1)
    neg = m < one
    z = (abs(m - one) * one) // (m + one)
    z2 = z * z // one
    term = z
    total = z
    k = 3
    while term:
        term = term * z2 // one
        total += term // k
        k += 2
    lnm = 2 * total << j
    if neg:
        lnm = -lnm
    res = lnm
    if t:
        tw = len(str(abs(t)))
        ln10 = _ln10_fixed(g + tw)
        res += t * ln10 // _p10(tw)
    return res // _p10(12)


def _ziv(sign, m, e, err, ctx):
    """Correctly rounded (half-even) value of x, known to lie strictly within (m-err, m+err)*10**e,
    and never exactly representable: (Decimal, status) or None when the interval is too wide."""
    lo, st1 = _fin(sign, m - err, e, ctx, ROUND_HALF_EVEN)
    hi, st2 = _fin(sign, m + err, e, ctx, ROUND_HALF_EVEN)
    if lo._special != hi._special or lo._int != hi._int or lo._exp != hi._exp:
        return None
    return lo, (st1 | st2 | _INEXACT | _ROUNDED) & ~_CLAMPED | (
        _CLAMPED if (st1 & st2 & _CLAMPED) else 0)


def _exp(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        if a._sign:
            return _mk(0, 0, 0), 0
        return a, 0
    if not a._int:
        return _mk(0, 1, 0), 0
    prec = ctx._prec
    adj = _adjexp(a)
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: between 1 and 1 +- 10**-(prec+2)
        big = _p10(prec + 3)
        if a._sign:
            r = _ziv(0, big - 5, -(prec + 3), 4, ctx)
        else:
            r = _ziv(0, big + 5, -(prec + 3), 4, ctx)
        return r
    etiny = ctx._emin - prec + 1
    if adj >= 19 or (not a._sign and adj >= 1 and a > _OVERFLOW_BOUND(ctx)):
        if a._sign:
            d, st = _fin(0, 1, etiny - 2, ctx, ROUND_HALF_EVEN)
            return d, st | _INEXACT | _ROUNDED
        return _overflow(0, ctx, ROUND_HALF_EVEN)
    if a._sign and adj >= 1 and -a > _UNDERFLOW_BOUND(ctx):
        d, st = _fin(0, 1, etiny - 2, ctx, ROUND_HALF_EVEN)
        return d, st | _INEXACT | _ROUNDED
    w = prec + 12
    while True:
        # x = k * ln10 + r with 0 <= r < ln10
        ip = max(adj, 0) + 2
        wl = w + ip + 4
        ln10 = _ln10_fixed(wl)
        c, e = a._int, a._exp
        if e + wl >= 0:
            X = c * _p10(e + wl)
        else:
            X = c // _p10(-(e + wl))
        if a._sign:
            X = -X
        k = X // ln10
        r = X - k * ln10
        R = r // _p10(wl - w)
        v = _exp_fixed(R, w)
        res = _ziv(0, v, k - w, 60, ctx)
        if res is not None:
            return res
        w += w // 2 + 10


def _OVERFLOW_BOUND(ctx):
    # exp(x) > 10**(Emax+1) for x above this bound
    return _mk(0, (ctx._emax + 2) * 2303, -3)


def _UNDERFLOW_BOUND(ctx):
    # exp(-x) < 10**(Etiny-2) for x above this bound
    return _mk(0, (-(ctx._emin - ctx._prec + 1) + 3) * 2303, -3)


def _is_one(a):
    return (not a._special and not a._sign and a._int and a._exp <= 0
            and a._int == _p10(-a._exp))


def _ln(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        if a._sign:
            return _nan(), _INVALID
        return a, 0
    if not a._int:
        return _mk(1, 0, 0, _INF), 0
    if a._sign:
        return _nan(), _INVALID
    if _is_one(a):
        return _mk(0, 0, 0), 0
    return _ln_cr(a, ctx, False)


def _ln_cr(a, ctx, ten):
    prec = ctx._prec
    # leading zeros of ln(x) when x is near 1
    extra = 0
    adj = _adjexp(a)
    if adj in (0, -1):
        dd, _ = _add(a, _ONE, _MAXWORK, 1)
        if dd._int:
            extra = max(0, -_adjexp(dd))
    w = prec + 12 + extra
    while True:
        v = _ln_fixed(a._int, a._exp, w)
        if ten:
            ln10 = _ln10_fixed(w + 10)
            v = v * _p10(w + 10) // ln10 if v >= 0 else -((-v) * _p10(w + 10) // ln10)
        sign = 1 if v < 0 else 0
        res = _ziv(sign, abs(v), -w, 1000, ctx)
        if res is not None:
            return res
        w += w // 2 + 10


def _log10(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        if a._sign:
            return _nan(), _INVALID
        return a, 0
    if not a._int:
        return _mk(1, 0, 0, _INF), 0
    if a._sign:
        return _nan(), _INVALID
    c = a._int
    if c == _p10(_nd(c) - 1):
        adj = _adjexp(a)
        return _fin(1 if adj < 0 else 0, abs(adj), 0, ctx, ROUND_HALF_EVEN)
    return _ln_cr(a, ctx, True)


def _logb(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        return _mk(0, 0, 0, _INF), 0
    if not a._int:
        return _mk(1, 0, 0, _INF), _DIV_BY_ZERO
    adj = _adjexp(a)
    return _fin(1 if adj < 0 else 0, abs(adj), 0, ctx)


def _isint(d):
    """Finite with an integral value."""
    if d._special:
        return False
    if d._exp >= 0 or not d._int:
        return True
    return d._int % _p10(-d._exp) == 0


def _int_value(d):
    if d._exp >= 0:
        v = d._int * _p10(d._exp)
    else:
        v = d._int // _p10(-d._exp)
    return -v if d._sign else v


def _exp_digits(n):
    return len(str(abs(n)))


def _pow(a, b, ctx):
    if a._special >= _NAN or b._special >= _NAN:
        return _check_nans(a, b, ctx)
    intexp = _isint(b)
    rsign = 0
    if intexp:
        rsign = 1 if a._sign and (_int_value(b) & 1) else 0
    if not a._special and not a._int:
        if not b._special and not b._int:
            return _nan(), _INVALID
        if b._sign:
            return _mk(rsign, 0, 0, _INF), 0
        return _mk(rsign, 0, 0), 0
    if a._sign and (not intexp or b._special):
        if not intexp:
            return _nan(), _INVALID
    if b._special == _INF:
        if a._sign:
            return _nan(), _INVALID
        c = _cmp(a, _ONE) if not a._special else 1
        if c == 0:
            return _mk(rsign, _p10(ctx._prec - 1), -(ctx._prec - 1)), _INEXACT | _ROUNDED
        if b._sign:
            c = -c
        if c < 0:
            return _mk(rsign, 0, 0), 0
        return _mk(rsign, 0, 0, _INF), 0
    if a._special == _INF:
        if not b._int:
            return _mk(rsign, 1, 0), 0
        if b._sign:
            return _mk(rsign, 0, 0), 0
        return _mk(rsign, 0, 0, _INF), 0
    if not b._int:
        return _mk(rsign, 1, 0), 0
    # |a| == 1
    if _cmp_abs_finite(a, _ONE) == 0:
        st = 0
        if intexp:
            if b._sign:
                return _mk(rsign, 1, 0), 0
            shift = _int_value(b) * (-a._exp)
            if shift > ctx._prec - 1:
                shift = ctx._prec - 1
                st = _ROUNDED
        else:
            shift = ctx._prec - 1
            st = _INEXACT | _ROUNDED
        return _mk(rsign, _p10(shift), -shift), st
    r = _pow_bounds(a, b, rsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(a, b, rsign, ctx)
    return _pow_real(a, b, ctx)


def _pow_bounds(x, y, rsign, ctx):
    lb_theta = _adjexp(y)
    t = _adjexp(x)
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        ax = _mk(0, x._int, x._exp)
        dd, _ = _add(ax, _ONE, _MAXWORK, 1)
        u = _adjexp(dd)
        lb_zeta = u - 2 if t == 0 else u - 1
    if ((t < 0) ^ y._sign) == 0:
        if _exp_digits(ctx._emax) < lb_zeta + lb_theta:
            return _fin(rsign, 1, _EXP_INF, ctx)
    else:
        etiny = ctx._emin - ctx._prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _fin(rsign, 1, etiny - 1, ctx)
    return None


def _pow_int(base, b, rsign, ctx):
    wprec = ctx._prec + _nd(b._int) + b._exp + 2
    st = 0
    if b._sign:
        wprec += 1
    work = _Work(wprec, ROUND_HALF_EVEN, ctx._emin, ctx._emax, 0)
    if b._sign:
        tb, s = _div(_ONE, base, work)
        st |= s
        if st & _ERRORS:
            d, s2 = _fin_any(_nan(), ctx)
            return d, st
    else:
        tb = base
    n = abs(_int_value(b))
    res = tb
    ws = 0
    bits = bin(n)[3:]
    for bit in bits:
        res, s = _mul(res, res, work)
        ws |= s
        if bit == '1':
            res, s = _mul(res, tb, work)
            ws |= s
        if res._special or (not res._int and ws & _CLAMPED):
            break
    st |= ws
    if res._special == _INF:
        res = _mk(rsign, 1, _EXP_INF)
    else:
        res = _mk(rsign, res._int, res._exp, res._special)
    if res._special:
        return res, st
    d, s = _fin(res._sign, res._int, res._exp, ctx)
    return d, st | s


def _pow_real(base, b, ctx):
    wp = max(_nd(base._int), ctx._prec) + 23
    work = _maxwork(wp)
    st = 0
    l, s = _ln(base, work)
    st |= s & _ERRORS
    m, s = _mul(l, b, work)
    st |= s & _ERRORS
    r, s = _exp(m, work)
    st |= s | _INEXACT | _ROUNDED
    if not r._special and _cmp(r, _ONE) == 0:
        r = _mk(r._sign, _p10(ctx._prec - 1), -(ctx._prec - 1))
    if r._special == _INF:
        r = _mk(0, 1, _EXP_INF)
    d, s = _fin_any(r, ctx)
    return d, st | s


def _powmod(a, b, m, ctx):
    if a._special or b._special or m._special:
        for d in (a, b, m):
            if d._special == _SNAN:
                return _quiet(d, ctx), _INVALID
        for d in (a, b, m):
            if d._special == _NAN:
                return _fix_nan(d, ctx), 0
        return _nan(), _INVALID
    if not (_isint(a) and _isint(b) and _isint(m)):
        return _nan(), _INVALID
    if not m._int:
        return _nan(), _INVALID
    if _nd(m._int) + m._exp > ctx._prec:
        return _nan(), _INVALID
    bv = _int_value(b)
    sign = 1 if a._sign and bv & 1 else 0
    if not b._int:
        if not a._int:
            return _nan(), _INVALID
        return _mk(sign, 0 if abs(_int_value(m)) == 1 else 1, 0), 0
    if b._sign:
        return _nan(), _INVALID
    if not a._int:
        return _mk(sign, 0, 0), 0
    mv = abs(_int_value(m))
    r = pow(abs(_int_value(a)), bv, mv)
    return _mk(sign, r, 0), 0


def _quantize(a, b, ctx, rnd=None):
    if a._special or b._special:
        if a._special >= _NAN or b._special >= _NAN:
            return _check_nans(a, b, ctx)
        if a._special == _INF and b._special == _INF:
            return a, 0
        return _nan(), _INVALID
    if rnd is None:
        rnd = ctx._rounding
    be = b._exp
    etiny = ctx._emin - ctx._prec + 1
    if be > ctx._emax or be < etiny:
        return _nan(), _INVALID
    if not a._int:
        d, st = _fin(a._sign, 0, be, ctx, rnd)
        return d, st
    expdiff = a._exp - be
    if _nd(a._int) + expdiff > ctx._prec:
        return _nan(), _INVALID
    st = 0
    if expdiff >= 0:
        c = a._int * _p10(expdiff)
    else:
        c, cat = _shr(a._int, -expdiff)
        if cat and _incr(c, cat, a._sign, rnd):
            c += 1
            if _nd(c) > ctx._prec:
                return _nan(), _INVALID
        st = _ROUNDED | (_INEXACT if cat else 0)
    adj = be + _nd(c) - 1
    if adj > ctx._emax or adj < etiny:
        return _nan(), _INVALID
    d, s = _fin(a._sign, c, be, ctx, rnd)
    return d, st | s


def _to_integral(a, ctx, rnd, exact):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        return a, 0
    if a._exp >= 0:
        return a, 0
    if not a._int:
        return _mk(a._sign, 0, 0), 0
    if rnd is None:
        rnd = ctx._rounding
    q, cat = _shr(a._int, -a._exp)
    if cat and _incr(q, cat, a._sign, rnd):
        q += 1
    st = 0
    if exact:
        st = _ROUNDED | (_INEXACT if cat else 0)
    return _mk(a._sign, q, 0), st


def _reduce(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        return a, 0
    d, st = _fin(a._sign, a._int, a._exp, ctx)
    if d._special:
        return d, st
    if not d._int:
        return _mk(d._sign, 0, 0), st
    shift = _tz(d._int)
    maxexp = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    maxshift = maxexp - d._exp
    if shift > maxshift:
        shift = maxshift
    if shift > 0:
        d = _mk(d._sign, d._int // _p10(shift), d._exp + shift)
    return d, st


def _next_plus(a, ctx, up=True):
    if a._special:
        if a._special >= _NAN:
            return _check_nans(a, None, ctx)
        if a._sign == (0 if up else 1):
            return a, 0
        return _mk(1 if up else 0, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1), 0
    rnd = ROUND_CEILING if up else ROUND_FLOOR
    d, st = _fin(a._sign, a._int, a._exp, ctx, rnd)
    if st & (_INEXACT | _ERRORS):
        return d, st & _ERRORS
    work = _Work(ctx._prec, rnd, ctx._emin, ctx._emax, ctx._clamp)
    tiny = _mk(0 if up else 1, 1, ctx._emin - ctx._prec)
    r, st = _add(a, tiny, work)
    return r, st & _ERRORS


def _next_toward(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _mk(b._sign, a._int, a._exp, a._special), 0
    r, st = _next_plus(a, ctx, c < 0)
    if r._special == _INF:
        st |= _OVERFLOW | _ROUNDED | _INEXACT
    elif not r._special and _adjexp(r) < ctx._emin:
        st |= _UNDERFLOW | _SUBNORMAL | _ROUNDED | _INEXACT
        if not r._int:
            st |= _CLAMPED
    return r, st


def _scaleb(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    if b._special or b._exp != 0:
        return _nan(), _INVALID
    n = _int_value(b)
    lim = 2 * (ctx._emax + ctx._prec)
    if n > lim or n < -lim:
        return _nan(), _INVALID
    if a._special:
        return a, 0
    return _fin(a._sign, a._int, a._exp + n, ctx)


def _shift_rotate(a, b, ctx, rotate):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    prec = ctx._prec
    if b._special or b._exp != 0:
        return _nan(), _INVALID
    n = _int_value(b)
    if n > prec or n < -prec:
        return _nan(), _INVALID
    if a._special:
        return a, 0
    c = a._int % _p10(prec) if _nd(a._int) > prec else a._int
    if rotate:
        n %= prec
        if n:
            top = c // _p10(prec - n)
            c = (c * _p10(n)) % _p10(prec) + top
    else:
        if n >= 0:
            c = (c * _p10(n)) % _p10(prec)
        else:
            c //= _p10(-n)
    return _mk(a._sign, c, a._exp), 0


def _logical_digits(d, prec):
    if d._special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    for ch in s:
        if ch not in '01':
            return None
    if len(s) > prec:
        s = s[-prec:]
    return s.rjust(prec, '0')


def _logical(a, b, ctx, op):
    prec = ctx._prec
    sa = _logical_digits(a, prec)
    sb = _logical_digits(b, prec) if b is not None else '0' * prec
    if sa is None or sb is None:
        return _nan(), _INVALID
    out = []
    for x, y in zip(sa, sb):
        if op == '&':
            out.append('1' if x == '1' and y == '1' else '0')
        elif op == '|':
            out.append('1' if x == '1' or y == '1' else '0')
        elif op == '^':
            out.append('1' if x != y else '0')
        else:
            out.append('0' if x == '1' else '1')
    return _mk(0, int(''.join(out)), 0), 0


_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _to_string(d, eng, caps):
    sign = '-' if d._sign else ''
    if d._special:
        if d._special == _INF:
            return sign + 'Infinity'
        body = 'NaN' if d._special == _NAN else 'sNaN'
        return sign + body + (str(d._int) if d._int else '')
    digits = str(d._int)
    n = len(digits)
    e = d._exp
    left = e + n            # digits left of the point in plain notation
    if e <= 0 and left > -6:
        point = left
    elif not eng:
        point = 1
    elif not d._int:
        point = (left + 1) % 3 - 1
    else:
        point = (left - 1) % 3 + 1
    if point <= 0:
        body = '0.' + '0' * (-point) + digits
    elif point >= n:
        body = digits + '0' * (point - n)
    else:
        body = digits[:point] + '.' + digits[point:]
    x = left - point
    if x == 0:
        return sign + body
    return '%s%s%s%+d' % (sign, body, 'E' if caps else 'e', x)


class Decimal(object):
    """A decimal floating point number: Decimal('3.14'), Decimal(7), Decimal(0.5),
    Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if type(value) is str:
            d = _from_string(value, getcontext() if context is None else context, True)
            if cls is Decimal:
                return d
        elif isinstance(value, str):
            d = _from_string(value, getcontext() if context is None else context, True)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            ctx = getcontext() if context is None else context
            ctx._status(_FLOAT_OP)
            d = _from_float_exact(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
            if not d._special and not -100000000000000000 < d._exp < 100000000000000000:
                if not -0x8000000000000000 <= d._exp < 0x8000000000000000:
                    raise OverflowError('Python int too large to convert to C ssize_t')
                r, st = _fin(d._sign, d._int, d._exp, _MAXWORK)
                if st & (_INEXACT | _ROUNDED | _CLAMPED):
                    (getcontext() if context is None else context)._status(_INVALID)
                    r = _nan()
                d = r
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        if cls is Decimal:
            return d
        return _mk(d._sign, d._int, d._exp, d._special, cls)

    @classmethod
    def from_float(cls, f):
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        d = _from_float_exact(f)
        if cls is Decimal:
            return d
        return cls(d)

    # -- representation -------------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext()._capitals)

    def __str__(self):
        return _to_string(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _to_string(self, True, _ctx(context)._capitals)

    def as_tuple(self):
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._int))) if (self._int or not self._special) else ()
        if self._special:
            return DecimalTuple(self._sign, digits, 'n' if self._special == _NAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special >= _NAN:
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        c, e = self._int, self._exp
        if e >= 0:
            n, d = c * _p10(e), 1
        else:
            n, d = c, _p10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    # -- conversions ----------------------------------------------------------------------

    def __bool__(self):
        return bool(self._special or self._int)

    def _to_int(self, rnd):
        if self._special:
            if self._special >= _NAN:
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        c, e = self._int, self._exp
        if e >= 0:
            v = c * _p10(e)
        else:
            v, cat = _shr(c, -e)
            if cat and _incr(v, cat, self._sign, rnd):
                v += 1
        return -v if self._sign else v

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, *args):
        if not args:
            return self._to_int(ROUND_HALF_EVEN)
        if len(args) > 1:
            raise TypeError('__round__ expected at most 1 argument, got %d' % len(args))
        n = args[0]
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        return ctx._run(_quantize(self, _mk(0, 1, -n), ctx))

    def __float__(self):
        if self._special >= _NAN:
            if self._special == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return -_math.nan if self._sign else _math.nan
        if self._special == _INF:
            return -_INF_FLOAT if self._sign else _INF_FLOAT
        return float(_to_string(self, False, True))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._special:
            if self._special == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == _NAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if e >= 0:
            m = pow(10, e, _HASH_MODULUS)
        else:
            m = pow(_HASH_10INV, -e, _HASH_MODULUS)
        h = self._int * m % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons ----------------------------------------------------------------------

    def _cmp_other(self, other, op):
        """Convert other for a comparison: a Decimal, a (numerator, denominator) pair, or
        NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('==', '!='):
                ctx._flags |= _FLOAT_OP
            else:
                ctx._status(_FLOAT_OP)
            return _from_float_exact(other)
        if isinstance(other, complex):
            if op in ('==', '!=') and other.imag == 0:
                getcontext()._flags |= _FLOAT_OP
                return _from_float_exact(other.real)
            return NotImplemented
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        return NotImplemented

    def _compare_op(self, other, op):
        o = self._cmp_other(other, op)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            num, den = o
            if self._special:
                if self._special >= _NAN:
                    o = _mk(0, 0, 0)   # a NaN compares as below (never reached for numbers)
                else:
                    c = -1 if self._sign else 1
                    return _cmp_result(c, op)
            if not self._special:
                a = self._int * den
                e = self._exp
                if e >= 0:
                    a *= _p10(e)
                    b = abs(num)
                else:
                    b = abs(num) * _p10(-e)
                va = -a if self._sign else a
                vb = -b if num < 0 else b
                return _cmp_result((va > vb) - (va < vb), op)
        if self._special >= _NAN or o._special >= _NAN:
            if self._special == _SNAN or o._special == _SNAN or op not in ('==', '!='):
                getcontext()._status(_INVALID)
            return op == '!='
        return _cmp_result(_cmp(self, o), op)

    def __eq__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) == 0
        return self._compare_op(other, '==')

    def __ne__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) != 0
        return self._compare_op(other, '!=')

    def __lt__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) < 0
        return self._compare_op(other, '<')

    def __le__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) <= 0
        return self._compare_op(other, '<=')

    def __gt__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) > 0
        return self._compare_op(other, '>')

    def __ge__(self, other):
        if type(other) is Decimal and not self._special and not other._special:
            return _cmp(self, other) >= 0
        return self._compare_op(other, '>=')

    # -- arithmetic operators -------------------------------------------------------------

    def __add__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_add(self, other, ctx))

    def __radd__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_add(other, self, ctx))

    def __sub__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_add(self, other, ctx, 1 - other._sign))

    def __rsub__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_add(other, self, ctx, 1 - self._sign))

    def __mul__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_mul(self, other, ctx))

    def __rmul__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_mul(other, self, ctx))

    def __truediv__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_div(self, other, ctx))

    def __rtruediv__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_div(other, self, ctx))

    def __floordiv__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_divint(self, other, ctx))

    def __rfloordiv__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_divint(other, self, ctx))

    def __mod__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_rem(self, other, ctx))

    def __rmod__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_rem(other, self, ctx))

    def __divmod__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_divmod(self, other, ctx))

    def __rdivmod__(self, other):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        return ctx._run(_divmod(other, self, ctx))

    def __pow__(self, other, modulo=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is None:
            return ctx._run(_pow(self, other, ctx))
        modulo = _conv(modulo)
        if modulo is NotImplemented:
            return modulo
        return ctx._run(_powmod(self, other, modulo, ctx))

    def __rpow__(self, other, modulo=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is None:
            return ctx._run(_pow(other, self, ctx))
        modulo = _conv(modulo)
        if modulo is NotImplemented:
            return modulo
        return ctx._run(_powmod(other, self, modulo, ctx))

    def __neg__(self):
        ctx = getcontext()
        return ctx._run(_minus(self, ctx))

    def __pos__(self):
        ctx = getcontext()
        return ctx._run(_plus(self, ctx))

    def __abs__(self):
        ctx = getcontext()
        return ctx._run(_abs(self, ctx))

    # -- methods --------------------------------------------------------------------------

    def exp(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_exp(self, ctx))

    def ln(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_ln(self, ctx))

    def log10(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_log10(self, ctx))

    def logb(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_logb(self, ctx))

    def sqrt(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_sqrt(self, ctx))

    def normalize(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_reduce(self, ctx))

    def next_plus(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_next_plus(self, ctx, True))

    def next_minus(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_next_plus(self, ctx, False))

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_next_toward(self, _conv_raise(other), ctx))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return ctx._run(_to_integral(self, ctx, _check_rounding(rounding), False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return ctx._run(_to_integral(self, ctx, _check_rounding(rounding), True))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        return ctx._run(_quantize(self, _conv_raise(exp), ctx, _check_rounding(rounding)))

    def compare(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_compare(self, _conv_raise(other), ctx))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_compare(self, _conv_raise(other), ctx, True))

    def compare_total(self, other, context=None):
        _ctx(context)
        r = _total_key_cmp(self, _conv_raise(other))
        return _mk(1 if r < 0 else 0, 1 if r else 0, 0)

    def compare_total_mag(self, other, context=None):
        _ctx(context)
        o = _conv_raise(other)
        r = _total_key_cmp(_mk(0, self._int, self._exp, self._special),
                           _mk(0, o._int, o._exp, o._special))
        return _mk(1 if r < 0 else 0, 1 if r else 0, 0)

    def max(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_maxmin(self, _conv_raise(other), ctx, True, False))

    def min(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_maxmin(self, _conv_raise(other), ctx, False, False))

    def max_mag(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_maxmin(self, _conv_raise(other), ctx, True, True))

    def min_mag(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_maxmin(self, _conv_raise(other), ctx, False, True))

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_rem_near(self, _conv_raise(other), ctx))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        return ctx._run(_fma(self, _conv_raise(other), _conv_raise(third), ctx))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_scaleb(self, _conv_raise(other), ctx))

    def shift(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_shift_rotate(self, _conv_raise(other), ctx, False))

    def rotate(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_shift_rotate(self, _conv_raise(other), ctx, True))

    def logical_and(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_logical(self, _conv_raise(other), ctx, '&'))

    def logical_or(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_logical(self, _conv_raise(other), ctx, '|'))

    def logical_xor(self, other, context=None):
        ctx = _ctx(context)
        return ctx._run(_logical(self, _conv_raise(other), ctx, '^'))

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return ctx._run(_logical(self, None, ctx, '~'))

    def same_quantum(self, other, context=None):
        _ctx(context)
        o = _conv_raise(other)
        if self._special or o._special:
            return ((self._special >= _NAN and o._special >= _NAN)
                    or (self._special == _INF and o._special == _INF))
        return self._exp == o._exp

    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _mk(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        _ctx(context)
        o = _conv_raise(other)
        return _mk(o._sign, self._int, self._exp, self._special)

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def radix(self):
        return _mk(0, 10, 0)

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _NAN

    def is_qnan(self):
        return self._special == _NAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._int

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._special or not self._int:
            return False
        return _adjexp(self) >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._special or not self._int:
            return False
        return _adjexp(self) < ctx._emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._special == _SNAN:
            return 'sNaN'
        if self._special == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == _INF:
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if _adjexp(self) < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def __format__(self, spec, *override):
        if override and (len(override) > 1 or not isinstance(override[0], dict)):
            raise TypeError('optional argument must be a dict')
        return _format(self, spec, getcontext())


_ONE = _mk(0, 1, 0)


def _cmp_result(c, op):
    if op == '==':
        return c == 0
    if op == '!=':
        return c != 0
    if op == '<':
        return c < 0
    if op == '<=':
        return c <= 0
    if op == '>':
        return c > 0
    return c >= 0


def _check_rounding(rounding):
    if rounding is None:
        return None
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


# ---------------------------------------------------------------------------------------------
# Contexts

class SignalDict(object):
    """A context's flags or traps: signal -> bool, over the context's status bits."""

    __slots__ = ('_context', '_traps')

    def __init__(self, context, traps):
        self._context = context
        self._traps = traps

    def _bits(self):
        return self._context._traps if self._traps else self._context._flags

    def __getitem__(self, key):
        bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(_SIGNAL_KEY_MESSAGE)
        return bool(self._bits() & bit)

    def __setitem__(self, key, value):
        bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(_SIGNAL_KEY_MESSAGE)
        value = bool(value)
        if self._traps:
            self._context._traps = (self._context._traps | bit) if value else (self._context._traps & ~bit)
        else:
            self._context._flags = (self._context._flags | bit) if value else (self._context._flags & ~bit)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join('%r:%s' % (s, bool(bits & b)) for s, b in _SIGNALS) + '}'

    def copy(self):
        bits = self._bits()
        return {s: bool(bits & b) for s, b in _SIGNALS}

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return self.copy().keys()

    def values(self):
        return self.copy().values()

    def items(self):
        return self.copy().items()

    def get(self, key, default=None):
        if key in _SIGNAL_BITS:
            return self[key]
        return default

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v


SignalDict.__module__ = 'abc'
_SignalDict = SignalDict
del SignalDict


def _bits_from_signals(value):
    """Status bits from a list of signals or a dict of every signal (flags=, traps=)."""
    if isinstance(value, (list, tuple)):
        bits = 0
        for s in value:
            bit = _SIGNAL_BITS.get(s) if isinstance(s, type) else None
            if bit is None:
                raise KeyError(_SIGNAL_KEY_MESSAGE)
            bits |= bit
        return bits
    return _bits_from_dict(value)


def _bits_from_dict(value):
    if isinstance(value, _SignalDict):
        return value._bits()
    if not isinstance(value, dict):
        raise TypeError('argument must be a signal dict')
    if len(value) != len(_SIGNALS):
        raise KeyError('invalid signal dict')
    bits = 0
    for s, b in _SIGNALS:
        if s not in value:
            raise KeyError('invalid signal dict')
        if value[s]:
            bits |= b
    return bits


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    return v


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals', '_clamp', '_flags',
                 '_traps', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        t = _DEFAULT_TEMPLATE
        self._prec = t[0]
        self._rounding = t[1]
        self._emin = t[2]
        self._emax = t[3]
        self._capitals = t[4]
        self._clamp = t[5]
        self._flags = 0
        self._traps = t[6]
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_from_signals(traps)
        if flags is not None:
            self._flags = _bits_from_signals(flags)

    def __setattr__(self, name, value):
        if name in _CONTEXT_NAMES or type(self) is not Context:
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute %r" % name)

    # -- attributes -----------------------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(v)]

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, v):
        _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._emin = v

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, v):
        _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = int(v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = int(v)

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, v):
        self._flags = _bits_from_dict(v)

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, v):
        self._traps = _bits_from_dict(v)

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return _mk(0, 10, 0)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = object.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._emin = self._emin
        c._emax = self._emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        if type(self) is not Context:
            return type(self)(self._prec, self._rounding, self._emin, self._emax,
                              self._capitals, self._clamp, self.flags.copy(), self.traps.copy())
        return c

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                             self._clamp, self._signal_list(self._flags),
                             self._signal_list(self._traps)))

    @staticmethod
    def _signal_list(bits):
        return [s for s, b in _SIGNALS if bits & b]

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self._prec, self._rounding, self._emin, self._emax, self._capitals,
                    self._clamp, ', '.join(_bits_names(self._flags)),
                    ', '.join(_bits_names(self._traps))))

    # -- status ---------------------------------------------------------------------------

    def _status(self, st):
        """Add st to the flags; raise the first trapped signal, with its conditions."""
        _set_attr(self, '_flags', self._flags | st)
        trapped = st & self._traps
        if trapped:
            for cls, bit in _SIGNALS:
                if trapped & bit:
                    break
            raise cls([c for c, b in _CONDITIONS if trapped & b])

    def _run(self, res):
        d, st = res
        if st:
            self._status(st)
        return d

    def _apply(self, a):
        a = _conv_raise(a)
        return self._run(_fin_any(a, self))

    # -- construction ---------------------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            return _from_string(num, self, False)
        if isinstance(num, float):
            self._status(_FLOAT_OP)
            d = _from_float_exact(num)
        elif isinstance(num, int):
            d = _from_int(num)
        elif isinstance(num, Decimal):
            d = _mk(num._sign, num._int, num._exp, num._special)
        elif isinstance(num, (tuple, list)):
            d = _from_tuple(num)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(num).__name__)
        if d._special >= _NAN:
            if d._int and _nd(d._int) > self._prec - self._clamp:
                self._status(_CONV_SYNTAX)
                return _nan()
            return d
        return self._run(_fin_any(d, self))

    def create_decimal_from_float(self, f):
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        return self._run(_fin_any(_from_float_exact(f), self))

    # -- arithmetic -----------------------------------------------------------------------

    def abs(self, a):
        return self._run(_abs(_conv_raise(a), self))

    def add(self, a, b):
        return self._run(_add(_conv_raise(a), _conv_raise(b), self))

    def subtract(self, a, b):
        a = _conv_raise(a)
        b = _conv_raise(b)
        return self._run(_add(a, b, self, 1 - b._sign))

    def multiply(self, a, b):
        return self._run(_mul(_conv_raise(a), _conv_raise(b), self))

    def divide(self, a, b):
        return self._run(_div(_conv_raise(a), _conv_raise(b), self))

    def divide_int(self, a, b):
        return self._run(_divint(_conv_raise(a), _conv_raise(b), self))

    def divmod(self, a, b):
        return self._run(_divmod(_conv_raise(a), _conv_raise(b), self))

    def remainder(self, a, b):
        return self._run(_rem(_conv_raise(a), _conv_raise(b), self))

    def remainder_near(self, a, b):
        return self._run(_rem_near(_conv_raise(a), _conv_raise(b), self))

    def minus(self, a):
        return self._run(_minus(_conv_raise(a), self))

    def plus(self, a):
        return self._run(_plus(_conv_raise(a), self))

    def power(self, a, b, modulo=None, *extra):
        if extra:
            raise TypeError('function takes at most 3 arguments (%d given)' % (3 + len(extra)))
        a = _conv_raise(a)
        b = _conv_raise(b)
        if modulo is None:
            return self._run(_pow(a, b, self))
        return self._run(_powmod(a, b, _conv_raise(modulo), self))

    def fma(self, a, b, c):
        return self._run(_fma(_conv_raise(a), _conv_raise(b), _conv_raise(c), self))

    def sqrt(self, a):
        return self._run(_sqrt(_conv_raise(a), self))

    def exp(self, a):
        return self._run(_exp(_conv_raise(a), self))

    def ln(self, a):
        return self._run(_ln(_conv_raise(a), self))

    def log10(self, a):
        return self._run(_log10(_conv_raise(a), self))

    def logb(self, a):
        return self._run(_logb(_conv_raise(a), self))

    def normalize(self, a):
        return self._run(_reduce(_conv_raise(a), self))

    def quantize(self, a, b):
        return self._run(_quantize(_conv_raise(a), _conv_raise(b), self))

    def to_integral_value(self, a):
        return self._run(_to_integral(_conv_raise(a), self, None, False))

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._run(_to_integral(_conv_raise(a), self, None, True))

    def compare(self, a, b):
        return self._run(_compare(_conv_raise(a), _conv_raise(b), self))

    def compare_signal(self, a, b):
        return self._run(_compare(_conv_raise(a), _conv_raise(b), self, True))

    def compare_total(self, a, b):
        return _conv_raise(a).compare_total(_conv_raise(b))

    def compare_total_mag(self, a, b):
        return _conv_raise(a).compare_total_mag(_conv_raise(b))

    def max(self, a, b):
        return self._run(_maxmin(_conv_raise(a), _conv_raise(b), self, True, False))

    def min(self, a, b):
        return self._run(_maxmin(_conv_raise(a), _conv_raise(b), self, False, False))

    def max_mag(self, a, b):
        return self._run(_maxmin(_conv_raise(a), _conv_raise(b), self, True, True))

    def min_mag(self, a, b):
        return self._run(_maxmin(_conv_raise(a), _conv_raise(b), self, False, True))

    def next_plus(self, a):
        return self._run(_next_plus(_conv_raise(a), self, True))

    def next_minus(self, a):
        return self._run(_next_plus(_conv_raise(a), self, False))

    def next_toward(self, a, b):
        return self._run(_next_toward(_conv_raise(a), _conv_raise(b), self))

    def scaleb(self, a, b):
        return self._run(_scaleb(_conv_raise(a), _conv_raise(b), self))

    def shift(self, a, b):
        return self._run(_shift_rotate(_conv_raise(a), _conv_raise(b), self, False))

    def rotate(self, a, b):
        return self._run(_shift_rotate(_conv_raise(a), _conv_raise(b), self, True))

    def logical_and(self, a, b):
        return self._run(_logical(_conv_raise(a), _conv_raise(b), self, '&'))

    def logical_or(self, a, b):
        return self._run(_logical(_conv_raise(a), _conv_raise(b), self, '|'))

    def logical_xor(self, a, b):
        return self._run(_logical(_conv_raise(a), _conv_raise(b), self, '^'))

    def logical_invert(self, a):
        return self._run(_logical(_conv_raise(a), None, self, '~'))

    def same_quantum(self, a, b):
        return _conv_raise(a).same_quantum(_conv_raise(b))

    def copy_abs(self, a):
        return _conv_raise(a).copy_abs()

    def copy_negate(self, a):
        return _conv_raise(a).copy_negate()

    def copy_sign(self, a, b):
        return _conv_raise(a).copy_sign(_conv_raise(b))

    def copy_decimal(self, a):
        return _conv_raise(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _conv_raise(a).is_finite()

    def is_infinite(self, a):
        return _conv_raise(a).is_infinite()

    def is_nan(self, a):
        return _conv_raise(a).is_nan()

    def is_qnan(self, a):
        return _conv_raise(a).is_qnan()

    def is_snan(self, a):
        return _conv_raise(a).is_snan()

    def is_signed(self, a):
        return _conv_raise(a).is_signed()

    def is_zero(self, a):
        return _conv_raise(a).is_zero()

    def is_normal(self, a):
        return _conv_raise(a).is_normal(self)

    def is_subnormal(self, a):
        return _conv_raise(a).is_subnormal(self)

    def number_class(self, a):
        return _conv_raise(a).number_class(self)

    def to_sci_string(self, a):
        return _to_string(_conv_raise(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_conv_raise(a), True, self._capitals)


_set_attr = object.__setattr__
_CONTEXT_NAMES = frozenset(['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                            'traps', '_prec', '_rounding', '_emin', '_emax', '_capitals',
                            '_clamp', '_flags', '_traps'])

# prec, rounding, Emin, Emax, capitals, clamp, traps of new contexts (DefaultContext's).
_DEFAULT_TEMPLATE = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW)

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext at first use)."""
    c = _current[0]
    if c is None:
        c = _new_from_default()
        _current[0] = c
    return c


def _new_from_default():
    c = DefaultContext.copy()
    c._flags = 0
    return c


def setcontext(context):
    """Make context the current one (a template such as DefaultContext is copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current[0] = context


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context), changed by the
    keyword arguments, current inside a with statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYWORDS:
            raise TypeError('this function got an unexpected keyword argument %r' % k)
        if k == 'flags':
            new._flags = _bits_from_signals(v)
        elif k == 'traps':
            new._traps = _bits_from_signals(v)
        else:
            setattr(new, k, v)
    return _ContextManager(new)


# ---------------------------------------------------------------------------------------------
# Formatting: [[fill]align][sign][z][#][0][width][,][.precision][type]

def _parse_spec(spec):
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while j < n and '0' <= spec[j] <= '9':
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and '0' <= spec[j] <= '9':
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = int(spec[i + 1:j])
        i = j
    typ = None
    if i < n and spec[i] in 'eEfFgGn%':
        typ = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    if (typ == 'n' and comma) or (zeropad and align is not None):
        raise ValueError('invalid format string')
    return fill, align, sign, no_neg_0, alt, zeropad, width, comma, precision, typ


def _group(digits, comma, min_width):
    """digits with ',' every three places (when comma), zero-padded to min_width."""
    if not comma:
        if len(digits) < min_width:
            digits = '0' * (min_width - len(digits)) + digits
        return digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= 1
    return ','.join(reversed(groups))


def _align(sign, body, fill, align, width):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    padding = fill * pad
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = pad // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _rescale(sign, c, e, new_exp, rnd):
    if new_exp <= e:
        return c * _p10(e - new_exp), new_exp
    q, cat = _shr(c, new_exp - e)
    if cat and _incr(q, cat, sign, rnd):
        q += 1
    return q, new_exp


def _format(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    fill, align, sgn, no_neg_0, alt, zeropad, width, comma, precision, typ = _parse_spec(spec)
    explicit = align is not None
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    sign_char = '-' if d._sign else ('' if sgn == '-' else sgn)
    if d._special:
        body = _to_string(_mk(0, d._int, d._exp, d._special), False, True)
        if typ == '%':
            body += '%'
        return _align(sign_char, body, fill, align, width)
    if zeropad and not explicit:
        fill = '0'
        align = '='
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
    elif typ == 'n':
        typ = 'g'
    rnd = ctx._rounding
    sign, c, e = d._sign, d._int, d._exp
    if typ == '%':
        e += 2
    if precision is not None:
        if typ in 'eE':
            if c:
                c, e = _round_places(sign, c, e, precision + 1, rnd)
        elif typ in 'fF%':
            c, e = _rescale(sign, c, e, -precision, rnd)
        else:
            if precision == 0:
                precision = 1
            if c and _nd(c) > precision:
                c, e = _round_places(sign, c, e, precision, rnd)
    if not c and e > 0 and typ in 'fF%':
        e = 0
    if not c and no_neg_0:
        sign = 0
    sign_char = '-' if sign else ('' if sgn == '-' else sgn)
    digits = str(c)
    left = e + len(digits)
    if typ in 'eE':
        point = 1 - precision if (not c and precision is not None) else 1
    elif typ in 'fF%':
        point = left
    else:
        point = left if (e <= 0 and left > -6) else 1
    if point < 0:
        intpart = '0'
        frac = '0' * (-point) + digits
    elif point > len(digits):
        intpart = digits + '0' * (point - len(digits))
        frac = ''
    else:
        intpart = digits[:point] or '0'
        frac = digits[point:]
    exp = left - point
    tail = ('.' + frac) if (frac or alt) else ''
    if exp != 0 or typ in 'eE':
        tail += '%s%+d' % ('E' if typ in 'EG' else 'e', exp)
    if typ == '%':
        tail += '%'
    min_width = width - len(tail) - len(sign_char) if (zeropad and fill == '0' and align == '=' and not explicit) else 0
    intpart = _group(intpart, comma, min_width)
    return _align(sign_char, intpart + tail, fill, align, width)


def _round_places(sign, c, e, places, rnd):
    n = _nd(c)
    if n < places:
        return c * _p10(places - n), e - (places - n)
    if n == places:
        return c, e
    q, cat = _shr(c, n - places)
    e += n - places
    if cat and _incr(q, cat, sign, rnd):
        q += 1
        if q == _p10(places):
            q //= 10
            e += 1
    return q, e


# ---------------------------------------------------------------------------------------------

_numbers.Number.register(Decimal)
_taipan.builtin_type(Decimal, 'decimal.Decimal')
_taipan.builtin_type(Context, 'decimal.Context')
_taipan.builtin_type(ContextManager, 'decimal.ContextManager')
_ContextManager = ContextManager
del ContextManager
