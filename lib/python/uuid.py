"""UUID objects (RFC 4122) and the uuid1(), uuid3(), uuid4() and uuid5() generators.

Follows CPython 3.13's uuid module (Doc/library/uuid.rst). Taipan cannot run helper programs or
load libuuid, so getnode() falls back, as CPython does when every other way fails, to a random
48-bit node with the multicast bit set; uuid1() builds its UUIDs from that node and the clock.
"""

import os
import sys

from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# The four variants, by the values UUID.variant returns.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# UUID.__init__ has parameters named int and bytes; these keep the built-ins reachable.
int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    """Whether the platform generated a uuid1() in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# Bit positions inside the 128-bit integer, most significant field first.
_VARIANT_SHIFT = 48        # clock_seq_hi_variant occupies bits 56..63
_VERSION_SHIFT = 76        # the version nibble tops time_hi_version (bits 76..79)
_FIELD_LIMITS = (
    (32, 'field 1 out of range (need a 32-bit value)'),
    (16, 'field 2 out of range (need a 16-bit value)'),
    (16, 'field 3 out of range (need a 16-bit value)'),
    (8, 'field 4 out of range (need an 8-bit value)'),
    (8, 'field 5 out of range (need an 8-bit value)'),
    (48, 'field 6 out of range (need a 48-bit value)'),
)


def _swap_leading_fields(raw):
    # bytes <-> bytes_le: the first three fields (4, 2 and 2 bytes) change byte order.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


class UUID:
    """An immutable, hashable UUID. Build it from exactly one of: a hex string (braces,
    hyphens and a 'urn:uuid:' prefix are optional), 16 big-endian `bytes`, 16 `bytes_le`
    (first three fields little-endian), six `fields`, or a 128-bit `int`. A `version`
    (1 to 5) overrides the variant and version bits to make an RFC 4122 UUID."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments '
                            'must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_leading_fields(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for value, (bits, message) in zip(fields, _FIELD_LIMITS):
                if not 0 <= value < 1 << bits:
                    raise ValueError(message)
                int = (int << bits) | value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits 10, then the version in the top nibble of time_hi_version.
            int = (int & ~(0xc000 << _VARIANT_SHIFT)) | (0x8000 << _VARIANT_SHIFT)
            int = (int & ~(0xf << _VERSION_SHIFT)) | (version << _VERSION_SHIFT)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # Pickles hold the plain value so they load where SafeUUID is missing.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_leading_fields(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        # The 60-bit timestamp, without the version nibble.
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        # The 14-bit clock sequence, without the variant bits.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        # The leading bits of clock_seq_hi_variant: 0xx, 10x, 110 or 111.
        top = self.int >> 61 & 0b111
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Meaningful only for RFC 4122 UUIDs; None for the other variants.
        if self.variant == RFC_4122:
            return int((self.int >> _VERSION_SHIFT) & 0xf)


# There is no _uuid extension (libuuid) in Taipan, and no helper programs to ask for the
# hardware address; code that looks for these finds them missing, as on such a CPython build.
_uuid = None
_generate_time_safe = None
_UuidCreate = None


def _is_universal(mac):
    # Universally administered MAC addresses have bit 41 (the U/L bit) clear.
    return not (mac & (1 << 41))


def _random_getnode():
    """A random 48-bit node with the multicast bit set, as RFC 4122 section 4.5 advises when
    no hardware address is available."""
    import random
    return random.getrandbits(48) | (1 << 40)


_GETTERS = []
_node = None


def getnode():
    """The hardware address as a 48-bit positive integer, computed once per process. Without
    a way to read it, a random multicast address stands in (and stays the same afterwards)."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except:
            continue
        if _node is not None and 0 <= _node < (1 << 48):
            return _node
    assert False, '_random_getnode() returned invalid value: {}'.format(_node)


# The last timestamp handed out by uuid1(); later ones always move past it.
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the host ID (getnode() unless `node` is given), a clock sequence
    (random unless `clock_seq` is given) and the current time."""
    global _last_timestamp
    import time
    # 100-nanosecond intervals since the Gregorian reform, 1582-10-15.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
                        (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def uuid3(namespace, name):
    """A version 3 UUID from the MD5 hash of a namespace UUID and a name."""
    if isinstance(name, str):
        name = bytes(name, 'utf-8')
    from hashlib import md5
    digest = md5(namespace.bytes + name, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID from the SHA-1 hash of a namespace UUID and a name."""
    if isinstance(name, str):
        name = bytes(name, 'utf-8')
    from hashlib import sha1
    digest = sha1(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=5)


def main():
    """The command line of `python -m uuid`."""
    generators = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}
    named = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL, '@oid': NAMESPACE_OID,
             '@x500': NAMESPACE_X500}

    import argparse
    parser = argparse.ArgumentParser(
        description='Generates a uuid using the selected uuid function.')
    parser.add_argument('-u', '--uuid', choices=generators.keys(), default='uuid4',
                        help='The function to use to generate the uuid. '
                             'By default uuid4 function is used.')
    parser.add_argument('-n', '--namespace',
                        help="The namespace is a UUID, or '@ns' where 'ns' is a well-known "
                             'predefined UUID addressed by namespace name. Such as @dns, '
                             '@url, @oid, and @x500. Only required for uuid3/uuid5 functions.')
    parser.add_argument('-N', '--name',
                        help='The name used as part of generating the uuid. '
                             'Only required for uuid3/uuid5 functions.')
    args = parser.parse_args()
    generate = generators[args.uuid]
    if args.uuid in ('uuid3', 'uuid5'):
        if not args.namespace or not args.name:
            parser.error('Incorrect number of arguments. '
                         f'{args.uuid} requires a namespace and a name. '
                         "Run 'python -m uuid -h' for more information.")
        namespace = named.get(args.namespace) or UUID(args.namespace)
        print(generate(namespace, args.name))
    else:
        print(generate())


# The name-space UUIDs of RFC 4122, appendix C.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

if __name__ == '__main__':
    main()
