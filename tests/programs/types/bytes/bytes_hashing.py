# hash() of bytes matches CPython under PYTHONHASHSEED=0; str and bytes hash alike for ASCII.
values = [b"", b"a", b"abc", b"hello world", b"\x00", b"\xff" * 10, bytes(range(40)), b"Taipan"]
for v in values:
    print(v[:12], hash(v))

print(hash(b"abc") == hash("abc"))
print(hash(b"") == 0)
print(hash(b"xyz") == hash(b"xy" + b"z"))

try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print("TypeError", e)

print(bytearray.__hash__)
print(hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"abc")))
except ValueError as e:
    print("ValueError", e)

d = {b"key": 1, b"other": 2}
print(d[b"key"], d.get(b"missing"), b"other" in d)
s = {b"a", b"b", b"a", b"c"}
print(sorted(s), len(s))
print({b"one", b"two", b"three", b"four", b"five"})
print({b"x" * i for i in range(6)})
try:
    {bytearray(b"a")}
except TypeError as e:
    print("TypeError", e)

class Sub(bytes):
    pass

print(hash(Sub(b"abc")) == hash(b"abc"))
print({Sub(b"q"): 1}[b"q"])
print(frozenset([b"m", b"n"]) == frozenset([b"n", b"m"]))
print(hash(memoryview(b"hello")[1:4]) == hash(b"ell"))
print(hash(memoryview(b"hello")[::2]) == hash(b"hlo"))
