"""Conversions between binary data and ASCII encodings: base64, hex, and the CRC checksums."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify', 'unhexlify',
           'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64_ALPHABET)}


def _bytes_arg(data, what='a bytes-like object'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _binary_arg(data):
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    return _bytes_arg(data)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 data. Without strict_mode, characters outside the alphabet are skipped and
    decoding stops at the first complete padding."""
    data = _bytes_arg(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    count = 0
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    for i, c in enumerate(data):
        if c == 0x3d:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xff)
            left = value & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xff)
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 0xff)
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error(f'Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than a '
                    f'multiple of 4')
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    """Encode binary data as base64 (with a trailing newline unless newline=False)."""
    data = _binary_arg(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63], _B64_ALPHABET[(n >> 6) & 63],
                      _B64_ALPHABET[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63], _B64_ALPHABET[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (optionally with a separator every bytes_per_sep bytes)."""
    data = _binary_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of a hexadecimal string (an even number of hex digits)."""
    data = _bytes_arg(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii').replace(' ', '\0'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    crc = ~crc & 0xFFFFFFFF
    for byte in _binary_arg(data):
        crc = _CRC32_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XModem) of data, continuing from crc."""
    crc &= 0xFFFF
    for byte in _binary_arg(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
