# uuid: constructing UUIDs from every form, their attributes, reprs, ordering and errors.
import copy
import uuid

forms = [
    uuid.UUID('{12345678-1234-5678-1234-567812345678}'),
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID('12345678-1234-5678-1234-567812345678'.upper()),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
for u in forms:
    print(repr(u), str(u), u == forms[0])

u = forms[0]
for name in ['hex', 'int', 'bytes', 'bytes_le', 'fields', 'time_low', 'time_mid',
             'time_hi_version', 'clock_seq_hi_variant', 'clock_seq_low', 'node', 'time',
             'clock_seq', 'urn', 'variant', 'version', 'is_safe']:
    print(name, repr(getattr(u, name)))
print(int(u), hash(u) == hash(u.int), len({u, forms[1], forms[4]}))

# versions and variants
for text in ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
             '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '00000000-0000-4000-8000-000000000000',
             '00000000-0000-0000-c000-000000000000', '00000000-0000-0000-e000-000000000000',
             '00000000-0000-f000-a000-000000000000', '00000000-0000-0000-7fff-000000000000']:
    x = uuid.UUID(text)
    print(text, x.variant, x.version)
for v in range(1, 6):
    x = uuid.UUID(int=0, version=v)
    print(v, x, x.variant, x.version)
    x = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, x, x.variant, x.version)

# ordering and comparisons
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a]) == [a, b])
print(a == 1, a != 'x')
for op in [lambda: a < 1, lambda: a >= 'x']:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)

# immutability
for action in [lambda: setattr(u, 'int', 5), lambda: setattr(u, 'other', 5)]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hasattr(u, '__dict__'), uuid.UUID.__slots__)
doomed = uuid.UUID(int=3)
del doomed.int
print(hasattr(doomed, 'int'))
try:
    str(doomed)
except AttributeError as e:
    print(type(e).__name__, e)

# errors
bad = [dict(hex='123'), dict(hex='12345678-1234-5678-1234-56781234567'),
       dict(hex='g2345678123456781234567812345678'), dict(bytes=b'short'),
       dict(bytes_le=b'x' * 17), dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
       dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, -1, 0, 0, 0)),
       dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
       dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
       dict(int=0, version=0), dict(int=0, version=6), dict(), dict(hex='0' * 32, int=0)]
for kwargs in bad:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
try:
    uuid.UUID(bytes=bytearray(16))
except AssertionError as e:
    print('AssertionError', e)
try:
    uuid.UUID(5)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# copying and pickling keep the value and is_safe
s = uuid.UUID(int=99, is_safe=uuid.SafeUUID.safe)
for clone in [copy.copy(s), copy.deepcopy(s)]:
    print(clone, clone.is_safe, clone == s)
print(s.__getstate__(), u.__getstate__())

# SafeUUID and the constants
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID(None), uuid.SafeUUID.unsafe.value)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(repr(ns), ns.version, ns.variant)


class Sub(uuid.UUID):
    pass


print(repr(Sub(int=7)), Sub(int=7) == uuid.UUID(int=7), isinstance(Sub(int=7), uuid.UUID))
