# `in` on bytes and bytearray: ints in range(256) and bytes-like substrings.
data = b"hello world"
arr = bytearray(data)
for obj in (data, arr):
    print(104 in obj, 0 in obj, 32 in obj, 255 in obj)
    print(b"lo w" in obj, b"" in obj, b"xyz" in obj, bytearray(b"wor") in obj)
    print(memoryview(b"ell") in obj, b"hello world!" in obj)
    print(True in obj, False in obj)
    for bad in (256, -1, 2 ** 65):
        try:
            bad in obj
        except ValueError as e:
            print("ValueError", e)
    for bad in ("h", 1.0, None, [104]):
        try:
            bad in obj
        except TypeError as e:
            print("TypeError", e)

class I:
    def __index__(self):
        return 111

print(I() in data, I() in b"abc")
print(1 in b"\x01", 1 in b"1")
print(b"" in b"", 0 in b"")
print(b"\x00" in b"a\x00b", b"\x00\x00" in b"a\x00b")
print(bytes.__contains__(b"abc", 98), bytearray.__contains__(bytearray(b"abc"), b"bc"))
print(b"a" not in b"bcd", 99 not in b"bcd")
big = b"ab" * 1000 + b"c"
print(b"abc" in big, b"cab" in big, b"bb" in big)
