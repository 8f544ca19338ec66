# translate / maketrans / encode
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("abc", "xyz", "-")
print("aabbcc-abc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67, "d": "δ"})
print(sorted(t3.items()))
print("abcdabcd".translate(t3))
print("hello".translate({104: "J", 111: None}), "hello".translate({}), "abc".translate([None, "x"] * 60))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError", e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError", e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg)
for s in ["abc", "é", "日本", "😀", "a\u0000b", "ÿ"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("utf-16-le"), s.encode("utf-32-be")[:8], s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("abc".encode("utf-16"), "é".encode("utf_8"), "x".encode(encoding="UTF8"))
bt = bytes.maketrans(b"abc", b"ABC")
print(b"aabbccdd".translate(bt), b"aabbccdd".translate(None, b"ab"), b"hello".translate(bt, b"l"))
