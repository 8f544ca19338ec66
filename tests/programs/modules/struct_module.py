# struct: pack/unpack of every format code in each byte order, native alignment, float rounding (d, f, e), pack_into,
# unpack_from, iter_unpack, Struct, and struct.error messages.
import struct
for t in ['struct.pack("i", 2**31)', 'struct.pack("B", 256)', 'struct.pack("b", -129)', 'struct.pack("i", 1.5)', 'struct.pack("i")', 'struct.pack("ii", 1)', 'struct.unpack("i", b"ab")', 'struct.calcsize("q")', 'struct.calcsize("@bi")', 'struct.calcsize("=bi")', 'struct.calcsize("3s2xh")', 'struct.pack("z", 1)', 'struct.pack("e", 70000.0)', 'struct.pack("f", 1e40)', 'struct.pack("s", "str")', 'struct.pack("c", b"ab")', 'struct.pack("?", [])', 'struct.pack("Q", -1)', 'struct.unpack_from("i", b"abc", 1)', 'struct.pack("5p", b"hello world")', 'struct.pack("<h", 70000)', 'struct.pack("H", -1)', 'struct.pack(">I", 2**32)', 'struct.pack("n", 1)', 'struct.pack("<n", 1)', 'struct.pack("i", "x")', 'struct.calcsize("bhiq")', 'struct.calcsize("<bhiq")', 'struct.calcsize("ci")', 'struct.calcsize("10s")', 'struct.calcsize("5")']:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__module__, type(e).__name__, e)
print(struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(2**63), 2**64 - 1), struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.pack('>e', 0.333), struct.pack('!?c3s', True, b'z', b'abcdef'))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(2**63), 2**64 - 1)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>e', struct.pack('>e', 0.333)))
for x in [0.0, -0.0, 1e-310, 5e-324, float('inf'), float('-inf'), 65504.0, 6e-8, 1e-45, 3.4028235e38, 2.5, -1.75, 1 / 3]:
    print(x, struct.pack('<d', x).hex(), struct.pack('<f', x).hex(), struct.unpack('<f', struct.pack('<f', x))[0], struct.pack('<e', x).hex() if abs(x) < 65520 else 'big', struct.unpack('<e', struct.pack('<e', x))[0] if abs(x) < 65520 else '')
print(struct.pack('<d', float('nan')).hex(), struct.pack('<f', float('nan')).hex(), struct.pack('<e', float('nan')).hex())
s = struct.Struct('>IH4s')
print(s, s.size, s.format, s.pack(1, 2, b'ab'), s.unpack(b'\x00\x00\x00\x01\x00\x02ab\x00\x00'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(10)
struct.pack_into('<HH', buf, 2, 0x1234, 0xabcd)
print(buf, struct.unpack_from('<HH', buf, 2), struct.unpack_from('<H', buf, -2), struct.pack('@bq', 1, 2), struct.unpack('@bq', struct.pack('@bq', 1, 2)))
print(struct.pack('3p', b'a'), struct.unpack('3p', b'\x05xy'), struct.pack('2xh', 3))
