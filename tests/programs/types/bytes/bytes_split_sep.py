# split()/rsplit() with an explicit separator.
cases = [
    (b"a,b,c", b","),
    (b",a,,b,", b","),
    (b"", b","),
    (b"abc", b"abc"),
    (b"aaaa", b"aa"),
    (b"aaa", b"aa"),
    (b"x--y--z", b"--"),
    (b"no sep here", b"|"),
    (b"  a  b  ", b" "),
    (b"\x00a\x00", b"\x00"),
]
for s, sep in cases:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep))
    print("  max1", s.split(sep, 1), s.rsplit(sep, 1))
    print("  max0", s.split(sep, 0), s.rsplit(sep, maxsplit=0))

print(b"a1b1c".split(bytearray(b"1")), bytearray(b"a1b1c").split(b"1"))
print(b"a1b1c".split(memoryview(b"1")), b"a1b1c".rsplit(sep=memoryview(b"1"), maxsplit=1))
r = bytearray(b"p:q").split(b":")
print(r, [type(x).__name__ for x in r])

for bad in (b"", bytearray()):
    try:
        b"abc".split(bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        b"abc".rsplit(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (",", 44, [44]):
    try:
        b"a,b".split(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        bytearray(b"a,b").rsplit(bad)
    except TypeError as e:
        print("TypeError", e)

# results are fresh objects for bytes too
parts = b"ab".split(b",")
print(parts, parts[0] == b"ab")
long = b"-".join(b"%d" % i for i in range(20))
print(long.split(b"-", 5))
print(long.rsplit(b"-", 5))
