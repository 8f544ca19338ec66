# bytes and bytearray: literals, hex, formatting, conversion to and from str.

data = bytes([72, 101, 108, 108, 111, 0, 255, 10])
print(data, len(data), data[0], data[-1], data[:5])
print(data.hex(), data.hex(":"), data.hex("-", 2), bytes.fromhex("48 65 6c 6c 6f"))
print(list(data[:3]), data.count(108), data.find(b"l"), b"ll" in data)

text = "Grüße, 世界"
encoded = text.encode("utf-8")
print(encoded, len(text), len(encoded))
print(encoded.decode("utf-8") == text, text.encode("latin-1", errors="replace"))
print(text.encode("ascii", errors="ignore"), text.encode("ascii", errors="backslashreplace"))
print(text.encode("ascii", errors="xmlcharrefreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))

ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
ba += b"?"
print(ba, ba.decode(), bytes(ba), ba.upper(), ba.replace(b"!", b"."))
del ba[-3:]
print(ba, ba.pop(), ba)

print(b"%s has %d bytes, hex %x" % (b"blob", 4, 255))
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".upper())
print(bytes(3), bytes(range(65, 70)), bytearray(2), b"ab" * 3, b"a" + b"b")
print(repr(b"\x00\x01\x7f\x80\t\n\r'\""), repr(bytearray(b"x'y")))
print(str(b"abc"), str(b"abc", "ascii"), f"{b'xyz'!r} {b'xyz'}")

try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
