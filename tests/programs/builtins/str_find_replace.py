# find / rfind / index / rindex / count / replace / startswith / endswith
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("bra", -4), s.find("z"), s.find(""))
print(s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind("cad", 5))
print(s.index("c"), s.rindex("a"), s.rindex("a", 0, 5), s.count("a"), s.count("ab"), s.count(""), s.count("a", 4), s.count("a", -4, -1))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1, 2), "abc".find("c", -1), "abc".find("a", -100, 100))
for args in [("z",), ("a", 20), ("bra", 0, 3)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "", -1), s.replace("", "-"), s.replace("", "-", 3))
print("aaa".replace("aa", "b"), "abc".replace("x", "y"), "".replace("", "x"), s.replace("abra", "ABRA", 1))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith("a", 5, 6), s.startswith(""))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("zz", "ra")), s.endswith("abra", -4), s.endswith("", 20))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print("\u00e9t\u00e9".find("t"), "日本語テキスト".find("テ"), "😀a😀b".rfind("😀"), "😀a😀b".count("😀"))
print(b"abcabc".find(b"c"), b"abcabc".rfind(99), b"abcabc".count(b"bc"), bytearray(b"aXbX").replace(b"X", b"--"))
print(b"hello".startswith((b"he", b"x")), b"hello".index(b"l"), b"hello".rindex(b"l"))
text = "the cat sat on the mat with the hat"
pos = -1
found = []
while True:
    pos = text.find("the", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found, text.count("at"), text.replace("the ", "", 2))
