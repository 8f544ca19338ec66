# Packing and unpacking binary records without struct
def pack_u16_le(v):
    return bytes([v & 0xFF, (v >> 8) & 0xFF])
def pack_i32_be(v):
    return (v & 0xFFFFFFFF).to_bytes(4, "big")
def unpack_i32_be(b):
    return int.from_bytes(b, "big", signed=True)
def pack_str(s):
    raw = s.encode("utf-8")
    return pack_u16_le(len(raw)) + raw
def read_str(buf, pos):
    n = buf[pos] | (buf[pos + 1] << 8)
    return buf[pos + 2:pos + 2 + n].decode("utf-8"), pos + 2 + n
records = [("alice", 42, -7), ("Bjørn", 65535, 2 ** 31 - 1), ("日本", 0, -(2 ** 31)), ("", 1, 0)]
buf = bytearray(b"REC1")
for name, u, i in records:
    buf += pack_str(name) + pack_u16_le(u) + pack_i32_be(i)
print(len(buf), bytes(buf[:24]).hex(" "))
print(bytes(buf).hex()[:80])
pos = 4
out = []
while pos < len(buf):
    name, pos = read_str(buf, pos)
    u = int.from_bytes(buf[pos:pos + 2], "little")
    i = unpack_i32_be(buf[pos + 2:pos + 6])
    pos += 6
    out.append((name, u, i))
print(out, out == records)
def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(checksum(b"Wikipedia"), hex(checksum(buf)), checksum(b""))
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(crc8(b"123456789"), hex(crc8(bytes(buf))))
def b64encode(data):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [alphabet[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode()]:
    print(repr(s), b64encode(s))
hexdump = []
data = bytes(range(0x30, 0x30 + 40))
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = " ".join("%02x" % c for c in chunk)
    text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
    hexdump.append("%08x  %-47s  |%s|" % (off, hexpart, text))
print("\n".join(hexdump))
