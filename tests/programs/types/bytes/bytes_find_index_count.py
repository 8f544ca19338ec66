# find/rfind/index/rindex/count with bytes and int arguments and start/end.
s = b"abracadabra"
for sub in (b"a", b"bra", b"", b"z", 97, 98, 122, bytearray(b"cad"), memoryview(b"ab")):
    print(type(sub).__name__, bytes([sub]) if isinstance(sub, int) else bytes(sub), s.find(sub), s.rfind(sub), s.count(sub))

print(s.find(b"a", 1), s.find(b"a", 1, 3), s.find(b"a", -4), s.find(b"a", -4, -1))
print(s.rfind(b"a", 0, 5), s.rfind(97, 0, -1), s.rfind(b"bra", 2))
print(s.count(b"a", 3), s.count(b"a", 3, 8), s.count(97, -3))
print(s.find(b"", 5), s.find(b"", 11), s.find(b"", 12), s.rfind(b""), s.count(b""))
print(s.count(b"", 2, 5), s.find(b"a", 100), s.find(b"a", 5, 2))
print(s.find(b"a", None, None), s.find(b"a", None, 3), s.rfind(b"a", 2, None))
print(s.index(b"c"), s.rindex(b"a"), s.index(100), s.rindex(b"ab", 0, 5))
print(b"aaaa".count(b"aa"), b"aaaaa".count(b"aa"), b"".count(b""))

class I:
    def __index__(self):
        return 3

print(s.find(b"a", I()), s.count(I()), s.find(I()))
print(bytearray(s).find(b"cad"), bytearray(s).count(97), bytearray(s).rindex(114))

for name in ("index", "rindex"):
    try:
        getattr(s, name)(b"zz")
    except ValueError as e:
        print(name, "ValueError", e)
    try:
        getattr(bytearray(s), name)(120)
    except ValueError as e:
        print(name, "ValueError", e)

for bad in (256, -1):
    try:
        s.find(bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        s.count(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("a", 1.5, None, [97]):
    try:
        s.find(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        bytearray(s).index(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: s.find(), lambda: s.find(b"a", "1"), lambda: s.count(b"a", 1, 2, 3),
            lambda: s.find(b"a", 1.0), lambda: s.rfind(sub=b"a")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(s.find(b"a", 2 ** 70), s.find(b"a", -2 ** 70), s.count(b"a", -2 ** 70, 2 ** 70))
