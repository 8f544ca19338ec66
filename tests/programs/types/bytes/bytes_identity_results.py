# CPython returns an exact bytes object itself when an operation leaves it unchanged;
# bytearray and bytes subclasses always get new objects.
t = b"abc"
checks = [
    ("bytes()", bytes(t)),
    ("[:]", t[:]),
    ("[0:]", t[0:]),
    ("[::1]", t[::1]),
    ("*1", t * 1),
    ("1*", 1 * t),
    ("+b''", t + b""),
    ("b''+", b"" + t),
    ("replace none", t.replace(b"z", b"q")),
    ("replace count0", t.replace(b"a", b"q", 0)),
    ("replace empty", t.replace(b"", b"")),
    ("strip", t.strip()),
    ("lstrip x", t.lstrip(b"x")),
    ("rstrip", t.rstrip(b"q")),
    ("ljust", t.ljust(2)),
    ("rjust", t.rjust(3)),
    ("center", t.center(0)),
    ("zfill", t.zfill(1)),
    ("removeprefix", t.removeprefix(b"z")),
    ("removesuffix", t.removesuffix(b"")),
    ("translate None", t.translate(None)),
    ("split sep", t.split(b",")[0]),
    ("split ws", t.split()[0]),
    ("rsplit", t.rsplit(b",")[0]),
    ("splitlines", t.splitlines()[0]),
    ("join one", b"".join([t])),
    ("join sep one", b"-".join([t])),
    ("partition miss", t.partition(b"z")[0]),
    ("rpartition miss", t.rpartition(b"z")[2]),
]
for label, r in checks:
    print(label, r, r is t)

# changed results are new objects
print(t.replace(b"a", b"a") is t, t.upper() is t, t.lower() is t, t.expandtabs() is t)
print(t[1:] is t, t + b"d" is t, t.ljust(4) is t)

# the separator given to bytes.partition comes back as is
sep = bytearray(b"b")
p = t.partition(sep)
print(p, p[1] is sep)
p = t.rpartition(sep)
print(p, p[1] is sep)

# bytearray never shares
ba = bytearray(b"abc")
print(ba[:] is ba, ba.strip() is ba, ba.replace(b"z", b"y") is ba, ba.partition(b"z")[0] is ba, ba * 1 is ba)

class Sub(bytes):
    pass

s = Sub(b"abc")
print(type(s[:]).__name__, s[:] is s, type(s.strip()).__name__, s.strip() is s)
print(type(s.partition(b"z")[0]).__name__, s.partition(b"z")[0] is s)
print(type(s * 1).__name__, type(s + b"").__name__, type(b"" + s).__name__)
print(type(b"".join([s])).__name__, type(s.split()[0]).__name__)
print(type(bytes(s)).__name__, bytes(s) is s)
