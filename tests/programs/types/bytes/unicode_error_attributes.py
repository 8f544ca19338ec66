# UnicodeDecodeError / UnicodeEncodeError raised by codecs: attributes, args and str().
try:
    b"abc\xffdef".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args)
    print(str(e))
    print(repr(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), type(e.object).__name__)

try:
    bytearray(b"\xc3").decode("utf-8")
except UnicodeDecodeError as e:
    print(e.object, type(e.object).__name__, e.start, e.end, e.reason)

try:
    memoryview(b"ok\x80").tobytes().decode("ascii")
except UnicodeDecodeError as e:
    print(e)

try:
    "caf\xe9 \u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    print(ascii(e.args))
    print(e)
    print(ascii(repr(e)))

try:
    "\U0001f600".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "ab\u0100\u0101".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)

# attributes are writable and str() follows them
try:
    b"\xff\xfe\xfd".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
    e.start = 1
    e.end = 2
    print(e)
    e.reason = "custom reason"
    e.encoding = "myenc"
    print(e)
    e.end = 3
    print(e)
    e.object = b"XYZ"
    print(e.object, e)
    print(e.args)

# chaining: errors raised inside handlers keep their context
def decode_all(chunks):
    out = []
    for c in chunks:
        try:
            out.append(c.decode("utf-8"))
        except UnicodeDecodeError as e:
            out.append("<bad %d:%d %s>" % (e.start, e.end, e.reason))
    return out

print(decode_all([b"ok", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"x\xc0y"]))
try:
    try:
        b"\xff".decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.reason)
