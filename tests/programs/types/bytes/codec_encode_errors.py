# str.encode error handlers for ascii, latin-1 and utf-8.
text = "a\xe9b\u20acc\U0001f600d"
for enc in ("ascii", "latin-1"):
    for handler in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        print(enc, handler, text.encode(enc, handler))
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "strict", "|", e, "|", e.start, e.end, e.reason, e.encoding)
try:
    "ab\xe9\xea\xebcd".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.start, e.end)
try:
    "\u20ac\u20ac x".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, "|", e.start, e.end)
print("\x00\x7f".encode("ascii"), "\x80\xff".encode("latin-1"))
print("\udc80\udcff".encode("ascii", "surrogateescape"), "a\udcffb".encode("latin-1", "surrogateescape"))
print("\udc80".encode("utf-8", "surrogateescape"))
try:
    "\udc7f".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end)
try:
    "ab\ud800cd"[:3].encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("\ud800".encode("utf-8", "surrogatepass"), "\udfff".encode("utf-8", "surrogatepass"))
print("a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "ignore"))
print("a\ud800b".encode("utf-8", "backslashreplace"), "a\ud800b".encode("utf-8", "xmlcharrefreplace"))
try:
    "\xe9".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
print("plain".encode("ascii", "bogus"))
try:
    "\xe9".encode("ascii", "surrogatepass")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("\u00e9\u0301".encode("ascii", "namereplace"), "\x00\t".encode("ascii", "namereplace"))
print("\U0001f600\u4e00\uac00".encode("ascii", "namereplace"))
print("\x81".encode("ascii", "namereplace"))
