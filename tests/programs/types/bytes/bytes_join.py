# join(): any iterable of bytes-like objects; result has the separator's kind.
print(b", ".join([b"a", b"b", b"c"]))
print(b"".join([]))
print(b"-".join([b"only"]))
print(b"-".join((b"x", bytearray(b"y"), memoryview(b"z"))))
print(b"".join(bytes([i]) for i in range(65, 70)))
print(b"|".join(iter([b"1", b"2"])))
print(b"=".join({b"k": 1}))
r = bytearray(b"+").join([b"a", b"b"])
print(r, type(r).__name__)
r = bytearray().join([])
print(r, type(r).__name__)
r = b"".join([bytearray(b"ab")])
print(r, type(r).__name__)
# join of a single bytes item with an empty separator may reuse it
one = b"single"
print(b"".join([one]) == one)

for bad in ([b"a", "b"], [b"a", 1], ["x"], [b"a", None], [b"a", [1]]):
    try:
        b",".join(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        bytearray(b",").join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b"".join(5)
except TypeError as e:
    print("TypeError", e)
try:
    b"".join(b"abc")
except TypeError as e:
    print("TypeError", e)
try:
    b"".join()
except TypeError as e:
    print("TypeError", e)

class Sub(bytes):
    pass

r = Sub(b"/").join([b"a", b"b"])
print(r, type(r).__name__)
r = b"/".join([Sub(b"a")])
print(r, type(r).__name__)
big = b",".join([b"%d" % i for i in range(30)])
print(big, len(big))
