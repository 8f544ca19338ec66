# expandtabs(tabsize=8): columns reset at \n and \r.
samples = [
    b"a\tb",
    b"\t",
    b"abcdefgh\tx",
    b"abcdefg\tx",
    b"a\tb\tc",
    b"one\ttwo\nthree\tfour",
    b"x\ry\tz",
    b"no tabs",
    b"",
    b"\t\t",
    b"\xe9\t|",
]
for s in samples:
    print(repr(s))
    for size in (8, 4, 1, 0, -3):
        print("   ", size, repr(s.expandtabs(size)))
    print("   default", repr(s.expandtabs()), repr(s.expandtabs(tabsize=3)))

ba = bytearray(b"a\tb")
r = ba.expandtabs(2)
print(r, type(r).__name__)
for bad in (lambda: b"a".expandtabs("4"), lambda: b"a".expandtabs(4.0), lambda: b"a".expandtabs(4, 2),
            lambda: b"a".expandtabs(size=4)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    b"a".expandtabs(2 ** 80)
except OverflowError as e:
    print("OverflowError", e)
try:
    b"a".expandtabs(2 ** 40)
except OverflowError as e:
    print("OverflowError", e)
print(b"\t".expandtabs(True), b"ab\tc".expandtabs(False))
