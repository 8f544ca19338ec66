# uuid: the generators (uuid1/uuid4 only through their deterministic properties), getnode and
# the module's command line (uuid.main with a patched sys.argv).
import io
import os
import sys
import time
import uuid

# Help is laid out for the terminal width $COLUMNS gives; these expectations assume 80.
os.environ.pop('COLUMNS', None)

# name-based UUIDs are fixed
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    for name in ['python.org', 'http://example.com/', '', 'ünïcödé', b'raw bytes']:
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(u3, u3.version, u5, u5.version)
print(repr(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')), repr(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')))
print(uuid.uuid5(uuid.uuid4(), 'x').version)
for bad in [lambda: uuid.uuid3('not a uuid', 'x'), lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 5)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

# uuid4: random, but always version 4 of the RFC 4122 variant
many = [uuid.uuid4() for _ in range(50)]
print(len(set(many)), {u.version for u in many}, {u.variant for u in many})
print(all(len(u.hex) == 32 and u.int >> 128 == 0 for u in many))

# uuid1 with a given node and clock sequence
node = 0x123456789abc
first = uuid.uuid1(node=node, clock_seq=0x1234)
second = uuid.uuid1(node=node, clock_seq=0x1234)
print(first.version, first.variant, hex(first.node), hex(first.clock_seq), first.clock_seq_low)
print(second.time > first.time, first != second)
now = time.time_ns() // 100 + 0x01b21dd213814000
print(abs(now - first.time) < 10 ** 8)
big = uuid.uuid1(node=node, clock_seq=0xffff)
print(hex(big.clock_seq), big.variant)

# uuid1 and getnode without arguments
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode(), type(n).__name__)
plain = uuid.uuid1()
print(plain.version, plain.variant, plain.node == n, 0 <= plain.clock_seq < 1 << 14)
print(uuid._is_universal(0x000000000000), uuid._is_universal(0x020000000000))


# the command line
def main(*args):
    saved = sys.argv, sys.stderr
    sys.argv = ['uuid', *args]
    sys.stderr = io.StringIO()
    try:
        uuid.main()
    except SystemExit as e:
        print('SystemExit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.argv, sys.stderr = saved


main('-u', 'uuid3', '-n', '@dns', '-N', 'python.org')
main('--uuid', 'uuid5', '--namespace', '@url', '--name', 'http://python.org/')
main('-u', 'uuid5', '-n', '6ba7b812-9dad-11d1-80b4-00c04fd430c8', '-N', 'x')
main('-u', 'uuid3', '-n', '@oid')
main('-u', 'uuid7')
main('-h')
