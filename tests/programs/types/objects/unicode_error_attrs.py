# UnicodeError subclasses: encoding, object, start, end, reason and str()

try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
    print(str(e))
    print(e.args)

try:
    "caf\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))

try:
    "\u20ac\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, str(e))

e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(str(e), e.args)
e = UnicodeDecodeError("utf-8", b"\x80\x81abc", 0, 2, "bad")
print(str(e))
e = UnicodeEncodeError("ascii", "x\u00ffy", 1, 2, "ordinal not in range(128)")
print(str(e))
e = UnicodeEncodeError("ascii", "x\U0001f600y", 1, 2, "nope")
print(str(e))
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "range")
print(str(e))
e = UnicodeTranslateError("\u1234abc", 0, 1, "no mapping")
print(str(e), e.encoding, e.args)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("decode args wrong type", lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"))
attempt("encode args wrong type", lambda: UnicodeEncodeError("ascii", b"bytes", 0, 1, "r"))
attempt("too few", lambda: UnicodeDecodeError("utf-8"))
attempt("start not int", lambda: UnicodeDecodeError("utf-8", b"x", "0", 1, "r"))
attempt("plain UnicodeError", lambda: str(UnicodeError("generic")))

# attributes are settable
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r")
e.reason = "changed reason"
e.start = 0
e.end = 1
print(str(e))
e.encoding = "latin-9"
print(str(e))

print(issubclass(UnicodeDecodeError, UnicodeError), UnicodeError.__mro__[1].__name__)

# decode errors from different codecs
for data, enc in [(b"\xc3", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xff\xfe\x00", "utf-16-le"), (b"\x80", "ascii")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as err:
        print(enc, err.start, err.end, err.reason)
