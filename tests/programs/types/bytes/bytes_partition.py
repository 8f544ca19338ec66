# partition() and rpartition() on bytes and bytearray.
cases = [
    (b"key=value", b"="),
    (b"a=b=c", b"="),
    (b"noequals", b"="),
    (b"", b"="),
    (b"=start", b"="),
    (b"end=", b"="),
    (b"abcabc", b"bc"),
    (b"xyz", b"xyz"),
    (b"aaaa", b"aa"),
]
for s, sep in cases:
    print(repr(s), s.partition(sep), s.rpartition(sep))

ba = bytearray(b"left:right")
p = ba.partition(b":")
print(p, [type(x).__name__ for x in p])
p = ba.rpartition(b"|")
print(p, [type(x).__name__ for x in p])
p = b"left:right".partition(bytearray(b":"))
print(p, [type(x).__name__ for x in p])
mp = b"a.b".partition(memoryview(b"."))
print(mp[0], type(mp[1]).__name__, bytes(mp[1]), mp[2])
# partition of bytes without separator returns the original object as first item
s = b"untouched"
print(s.partition(b"#")[0] is s, s.rpartition(b"#")[2] is s)
# bytearray partition results are new objects
print(ba.partition(b"#")[0] is ba)

for bad in (b"", bytearray()):
    try:
        b"abc".partition(bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        bytearray(b"abc").rpartition(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("=", 61, None):
    try:
        b"a=b".partition(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        bytearray(b"a=b").rpartition(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b"a".partition()
except TypeError as e:
    print("TypeError", e)
try:
    b"a".partition(b"a", b"b")
except TypeError as e:
    print("TypeError", e)
