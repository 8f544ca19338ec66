"""Rational numbers: Fraction(numerator, denominator), always in lowest terms with a positive denominator."""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# An optional sign; digits (with underscores between groups) or a decimal point and digits;
# then either '/denominator', or a fractional part and an exponent; whitespace around.
_NUMBER = re.compile(r"""
    \s*(?P<sign>[-+]?)(?=\d|\.\d)
    (?P<num>\d*|\d+(?:_\d+)*)
    (?:(?:\s*/\s*(?P<denom>\d+(?:_\d+)*))?
     |(?:\.(?P<decimal>\d*|\d+(?:_\d+)*))?(?:E(?P<exp>[-+]?\d+(?:_\d+)*))?)
    \s*\Z""", re.VERBOSE | re.IGNORECASE)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction('-1.25e-2'), Fraction(0.5), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float,)) or (hasattr(numerator, 'as_integer_ratio')
                                                   and not isinstance(numerator, (str, bytes))):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                m = _NUMBER.match(numerator)
                if m is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})')
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})')
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator of at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The best approximation is one of two candidates: the last convergent or a semiconvergent.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        return _format(self, format_spec)

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(b, int):
                return monomorphic_operator(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + fallback_operator.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + fallback_operator.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError(f'Fraction({b._denominator}, 0)')
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round() with ties to even; with ndigits, a Fraction."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# [[fill]align][sign][z][#][0][width][grouping][.precision][type], as float's format spec reads.
_FORMAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>0|[1-9][0-9]*))?
    (?P<presentation_type>[eEfFgG%])
    """, re.DOTALL | re.VERBOSE)

_GENERAL_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    """, re.DOTALL | re.VERBOSE)


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """(negative, m) with m·10^exponent the value n/d rounded to a multiple of 10^exponent, ties to even."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    # Adding half the divisor rounds to nearest; a zero remainder then means an exact tie.
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2
    negative = q < 0 if no_neg_zero else n < 0
    return negative, abs(q)


def _round_to_figures(n, d, figures):
    """(negative, m, exponent) with m·10^exponent the value n/d to `figures` significant digits, ties to even."""
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    exponent = len(str_n) - len(str_d) - (str_n < str_d)
    exponent -= figures - 1
    negative, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _format(self, format_spec):
    if not format_spec:
        return str(self)
    general = _GENERAL_SPEC.fullmatch(format_spec)
    if general is not None:
        fill = general['fill'] or ' '
        align = general['align'] or '>'
        pos_sign = '' if general['sign'] == '-' else general['sign']
        sign = '-' if self._numerator < 0 else pos_sign
        separator = general['thousands_sep'] or ''
        body = format(abs(self._numerator), separator)
        if self._denominator != 1 or general['alt']:
            body = f'{body}/{format(self._denominator, separator)}'
        return _pad(sign, body, general['minimumwidth'], fill, align)
    match = _FORMAT_SPEC.fullmatch(format_spec)
    if match is None:
        raise ValueError(f'Invalid format specifier {format_spec!r} for object of type {type(self).__name__!r}')
    if match['align'] is not None and match['zeropad'] is not None:
        raise ValueError(f'Invalid format specifier {format_spec!r} for object of type {type(self).__name__!r}; '
                         f"can't use explicit alignment when zero-padding")
    fill = match['fill'] or ' '
    align = match['align'] or '>'
    pos_sign = '' if match['sign'] == '-' else match['sign']
    no_neg_zero = bool(match['no_neg_zero'])
    alternate_form = bool(match['alt'])
    zeropad = bool(match['zeropad'])
    minimumwidth = int(match['minimumwidth'] or '0')
    thousands_sep = match['thousands_sep']
    precision = int(match['precision'] or '6')
    presentation_type = match['presentation_type']
    trim_zeros = presentation_type in 'gG' and not alternate_form
    trim_point = not alternate_form
    exponent_indicator = 'E' if presentation_type in 'EFG' else 'e'
    n, d = self._numerator, self._denominator
    if presentation_type in 'fF%':
        exponent = -precision
        if presentation_type == '%':
            n *= 100
        negative, significand = _round_to_exponent(n, d, exponent, no_neg_zero)
        scientific = False
        point_pos = precision
    else:
        figures = max(precision, 1) if presentation_type in 'gG' else precision + 1
        negative, significand, exponent = _round_to_figures(n, d, figures)
        scientific = presentation_type in 'eE' or exponent > 0 or exponent + figures <= -4
        point_pos = figures - 1 if scientific else -exponent
    if presentation_type == '%':
        suffix = '%'
    elif scientific:
        suffix = f'{exponent_indicator}{exponent + point_pos:+03d}'
    else:
        suffix = ''
    digits = f'{significand:0{point_pos + 1}d}'
    sign = '-' if negative else pos_sign
    leading = digits[:len(digits) - point_pos]
    frac_part = digits[len(digits) - point_pos:]
    if trim_zeros:
        frac_part = frac_part.rstrip('0')
    separator = '' if trim_point and not frac_part else '.'
    trailing = separator + frac_part + suffix
    if zeropad:
        min_leading = minimumwidth - len(sign) - len(trailing)
        leading = leading.zfill(3 * min_leading // 4 + 1 if thousands_sep else min_leading)
    if thousands_sep:
        first_pos = 1 + (len(leading) - 1) % 3
        leading = leading[:first_pos] + ''.join(thousands_sep + leading[pos:pos + 3]
                                                for pos in range(first_pos, len(leading), 3))
    body = leading + trailing
    padding = fill * (minimumwidth - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body


def _pad(sign, body, minimumwidth, fill, align):
    width = int(minimumwidth or '0')
    padding = fill * (width - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body
