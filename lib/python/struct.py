"""Packing Python values into C structs as bytes, and unpacking them: pack, unpack, calcsize, Struct."""

import math
import sys

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# Native sizes and alignments (x86-64 Linux); standard sizes for the other byte orders.
_NATIVE = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
           'i': (4, 4), 'I': (4, 4), 'l': (8, 8), 'L': (8, 8), 'q': (8, 8), 'Q': (8, 8), 'n': (8, 8),
           'N': (8, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, 8)}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
             'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQNP')
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    """(byte order, native layout?, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f'Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}')
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in ('<', '=') or (order == '@' and sys.byteorder == 'little')
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = fmt[i]
        table = _NATIVE if native else _STANDARD
        if c not in table or (not native and c in 'nNP'):
            raise error('bad char in struct format')
        if native:
            size, align = _NATIVE[c]
            offset = (offset + align - 1) // align * align
        else:
            size = _STANDARD[c]
        repeat = 1 if count is None else count
        if c in 'sp':
            items.append((c, repeat, offset, repeat))
            offset += repeat
        elif c == 'x':
            offset += repeat
        else:
            for _ in range(repeat):
                items.append((c, 1, offset, size))
                offset += size
        i += 1
    return little, items, offset


def _int_value(v):
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise error('required argument is not an integer')
        v = index(v)
    return v


def _float_bits(x, exp_bits, mant_bits):
    """The IEEE 754 bits of x in a format with exp_bits exponent and mant_bits fraction bits (ties to even)."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    if math.isnan(x):
        return (sign << (exp_bits + mant_bits)) | (max_exp << mant_bits) | (1 << (mant_bits - 1))
    if math.isinf(x):
        return (sign << (exp_bits + mant_bits)) | (max_exp << mant_bits)
    x = abs(x)
    if x == 0:
        return sign << (exp_bits + mant_bits)
    num, den = x.as_integer_ratio()
    e = num.bit_length() - den.bit_length()
    if (num << max(0, -e)) < (den << max(0, e)):
        e -= 1
    # x = m·2^e with m in [1, 2); below the normal range the exponent is pinned (subnormals).
    e = max(e, 1 - bias)
    shift = mant_bits - e
    scaled_num = num << shift if shift >= 0 else num
    scaled_den = den if shift >= 0 else den << -shift
    q, r = divmod(scaled_num, scaled_den)
    if 2 * r > scaled_den or (2 * r == scaled_den and q & 1):
        q += 1
    if q >= 1 << (mant_bits + 1):
        q >>= 1
        e += 1
    if q < 1 << mant_bits:
        biased = 0
    else:
        biased = e + bias
        q -= 1 << mant_bits
    if biased >= max_exp:
        return None
    return (sign << (exp_bits + mant_bits)) | (biased << mant_bits) | q


def _bits_float(bits, exp_bits, mant_bits):
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    biased = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    fraction = bits & ((1 << mant_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if biased == (1 << exp_bits) - 1:
        return sign * math.inf if fraction == 0 else math.copysign(math.nan, sign)
    if biased == 0:
        return sign * math.ldexp(fraction, 1 - bias - mant_bits)
    return sign * math.ldexp(fraction | (1 << mant_bits), biased - bias - mant_bits)


def _pack_item(code, size, value, little):
    if code in _FLOATS:
        if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__') and \
                not hasattr(type(value), '__index__'):
            raise error('required argument is not a float')
        x = float(value)
        exp_bits, mant_bits = _FLOATS[code]
        bits = _float_bits(x, exp_bits, mant_bits)
        if bits is None:
            if code == 'e':
                raise OverflowError('float too large to pack with e format')
            bits = _float_bits(math.copysign(math.inf, x), exp_bits, mant_bits)
        return bits.to_bytes(size, 'little' if little else 'big')
    if code == '?':
        return b'\x01' if value else b'\x00'
    if code == 'c':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(value)
    value = _int_value(value)
    bits = 8 * size
    if code in _SIGNED:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= value <= high:
        if code in 'nN':
            raise error(f"argument out of range")
        raise error(f"'{code}' format requires {low} <= number <= {high}")
    return (value & ((1 << bits) - 1)).to_bytes(size, 'little' if little else 'big')


def _unpack_item(code, data, little):
    if code in _FLOATS:
        exp_bits, mant_bits = _FLOATS[code]
        return _bits_float(int.from_bytes(data, 'little' if little else 'big'), exp_bits, mant_bits)
    if code == '?':
        return data != b'\x00'
    if code == 'c':
        return bytes(data)
    return int.from_bytes(data, 'little' if little else 'big', signed=code in _SIGNED)


class Struct:
    """A compiled format: pack and unpack values of that layout."""

    def __init__(self, format):
        self._little, self._items, self.size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error(f'pack expected {len(self._items)} items for packing (got {len(values)})')
        buffer = bytearray(self.size)
        self._pack_into(buffer, 0, values)
        return bytes(buffer)

    def _pack_into(self, buffer, start, values):
        for (code, count, offset, size), value in zip(self._items, values):
            if code in 'sp':
                if not isinstance(value, (bytes, bytearray)):
                    raise error(f"argument for '{code}' must be a bytes object")
                if code == 's':
                    chunk = bytes(value[:count]).ljust(count, b'\0')
                else:
                    n = min(len(value), count - 1, 255) if count else 0
                    chunk = (bytes([n]) + bytes(value[:n])).ljust(count, b'\0')[:count]
            else:
                chunk = _pack_item(code, size, value, self._little)
            buffer[start + offset:start + offset + len(chunk)] = chunk

    def pack_into(self, buffer, offset, *values):
        if len(values) != len(self._items):
            raise error(f'pack expected {len(self._items)} items for packing (got {len(values)})')
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f'offset {offset} out of range for {len(buffer)}-byte buffer')
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f'pack_into requires a buffer of at least {self.size + offset} bytes for packing '
                        f'{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})')
        self._pack_into(buffer, offset, values)

    def _unpack_at(self, data, start):
        result = []
        for code, count, offset, size in self._items:
            chunk = bytes(data[start + offset:start + offset + size])
            if code == 's':
                result.append(chunk)
            elif code == 'p':
                n = min(chunk[0], count - 1) if chunk else 0
                result.append(chunk[1:1 + n])
            else:
                result.append(_unpack_item(code, chunk, self._little))
        return tuple(result)

    def unpack(self, buffer):
        data = memoryview(buffer).cast('B') if not isinstance(buffer, (bytes, bytearray)) else buffer
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(memoryview(buffer))
        if offset < 0:
            if offset + len(data) < 0:
                raise error(f'offset {offset} out of range for {len(data)}-byte buffer')
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking '
                        f'{self.size} bytes at offset {offset} (actual buffer size is {len(data)})')
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(memoryview(buffer))
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} bytes')
        return (self._unpack_at(data, i) for i in range(0, len(data), self.size))

    def __repr__(self):
        return f'Struct({self.format!r})'


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """The size in bytes of the struct the format describes."""
    return _struct(format).size


def pack(format, /, *values):
    """The values packed into bytes by the format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """The tuple of values packed in buffer (exactly calcsize(format) bytes)."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)
