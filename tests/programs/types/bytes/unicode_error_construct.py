# Constructing UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError directly.
e = UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte")
print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError("ascii", bytearray(b"ab\x80\x81"), 2, 4, "ordinal not in range(128)")
print(e, "|", type(e.object).__name__)
e = UnicodeDecodeError("x", b"abc", 0, 0, "empty")
print(e)
e = UnicodeDecodeError("x", b"abc", 2, 1, "backwards")
print(e)
e = UnicodeDecodeError("x", b"abc", 5, 6, "beyond")
print(e)
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(e, "|", ascii(e.object), e.start, e.end)
e = UnicodeEncodeError("ascii", "\u20ac\U0001f600", 0, 1, "r")
print(e)
e = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r")
print(e)
e = UnicodeEncodeError("ascii", "abc", 0, 3, "several")
print(e)
e = UnicodeTranslateError("a\xe9b", 1, 2, "cannot map")
print(e, "|", ascii(e.object), e.start, e.end, e.reason, e.encoding)
e = UnicodeTranslateError("abc", 0, 2, "span")
print(e)

for args in [("utf-8", "str not bytes", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r"), ("utf-8", b"x", 0, 1),
             (1, b"x", 0, 1, "r"), ("utf-8", b"x", 0, 1, 5)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print("TypeError", ex)
for args in [("ascii", b"bytes", 0, 1, "r"), ("ascii", "s", 0, 1, "r", "extra"), ("ascii",)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as ex:
        print("TypeError", ex)
try:
    UnicodeTranslateError("x", 0, 1)
except TypeError as ex:
    print("TypeError", ex)

try:
    raise UnicodeDecodeError("enc", b"\x00\x01", 0, 2, "custom")
except UnicodeError as ex:
    print("caught", type(ex).__name__, ex, ex.args)

class MyErr(UnicodeEncodeError):
    pass

m = MyErr("ascii", "\xff", 0, 1, "mine")
print(type(m).__name__, m, m.reason, isinstance(m, UnicodeError))
u = UnicodeError("plain", 1)
print(u, u.args)
print(UnicodeDecodeError.__mro__[1].__name__, UnicodeEncodeError.__mro__[2].__name__)
e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
e.start = 10
print(e.start)
try:
    del e.start
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__, ex)
