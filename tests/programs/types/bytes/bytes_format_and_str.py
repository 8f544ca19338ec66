# bytes in str formatting contexts: str(), format(), f-strings, %-formatting of str.
b = b"data"
ba = bytearray(b"arr")
print(str(b), str(ba), repr(b), repr(ba))
print(format(b), format(ba), format(b, ""))
for spec in ("10", "<5", "s", "x"):
    try:
        print(format(b, spec))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(format(ba, spec))
    except TypeError as e:
        print("TypeError", e)
print(f"{b}|{b!r}|{b!s}|{b!a}|{ba}")
print("%s %r %a" % (b, ba, b"\xff"))
print("{} {!r} {}".format(b, ba, [b]))
try:
    print(f"{b:>10}")
except TypeError as e:
    print("TypeError", e)
print(b.__format__(""), ba.__format__(""))
try:
    b.__format__(5)
except TypeError as e:
    print("TypeError", e)
print("".join(map(chr, b)), "-".join(str(x) for x in ba))
print(str(b"\xe9\x00'\""), str(bytearray(b'"')))
print(len(str(bytes(range(256)))))
