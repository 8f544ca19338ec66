# split()/rsplit() without a separator: runs of ASCII whitespace, maxsplit.
samples = [
    b"",
    b"   ",
    b"one two  three",
    b"  lead and trail  ",
    b"tabs\tand\nnewlines\r\nmixed\x0bvt\x0cff",
    b"nbsp\xa0is\xa0not\x85space",
    b"\x1c\x1d\x1e\x1f are not bytes whitespace",
    b"single",
]
for s in samples:
    print(repr(s))
    print("  split", s.split())
    print("  rsplit", s.rsplit())
    for n in (0, 1, 2, -1):
        print("  max", n, s.split(maxsplit=n), s.rsplit(None, n))

ba = bytearray(b" x  y z ")
r = ba.split()
print(r, type(r[0]).__name__)
print(ba.rsplit(maxsplit=1))
print(b"a b".split(None), b"a b".split(sep=None, maxsplit=0))
print(b"  a b  ".split(maxsplit=0), b"  a b  ".rsplit(maxsplit=0))

class I:
    def __index__(self):
        return 1

print(b"a b c".split(None, I()), b"a b c".rsplit(None, True))
for bad in (lambda: b"a".split(maxsplit="1"), lambda: b"a".split(maxsplit=1.0), lambda: b"a".split(None, 1, 2), lambda: b"a".split(x=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    b"a".split(maxsplit=2 ** 80)
except OverflowError as e:
    print("OverflowError", e)
print(b"a b c".split(maxsplit=-5), b"a b c".rsplit(maxsplit=-100))
