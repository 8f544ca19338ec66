# Strings are sequences of code points
s = "a😀b🎉c日本"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s))
print(s.index("🎉"), s.find("本"), s.count("😀"), "😀" in s, s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
e = "e\u0301"
print(len(e), e, [hex(ord(c)) for c in e], e == "é", e[0], len("é"))
flag = "🇳🇴"
print(len(flag), [hex(ord(c)) for c in flag], flag[0] + "|" + flag[1])
family = "👨‍👩‍👧"
print(len(family), [hex(ord(c)) for c in family])
astral = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
print(len(astral), astral[2], astral[::-1], astral.upper() == astral, sorted(astral)[:2])
print(sorted(["b", "a", "é", "Z", "😀", "日", "~", " ", "1"]), max("aé😀"), min("aé😀"))
print("😀" > "\uffff", "\U00010000" > "\uffff", "ω" < "😀", chr(0xffff) < chr(0x10000))
words = "naïve café résumé 😀 über".split()
for w in words:
    print(w, len(w), w[::-1], w.center(9, "·"), w.encode("utf-8").hex(" "))
print("".join(chr(c) for c in range(0x1f600, 0x1f608)))
print([c for c in "ab😀" * 2], "x😀y".replace("😀", "-"), "😀😀😀".split("😀"))
print("ab😀cd"[2:3] == "😀", "😀"[0:1], "😀" * 3, len("😀" * 3))
b = "😀".encode("utf-8")
print(b, b.decode(), b[:2].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore") == "", len(b.decode("utf-8")))
print("I\u0307".lower() if False else "i̇".upper(), [ord(c) for c in "i̇"])
print(hash("a") == hash("a"), "abc" == "ab" + "c", "abc" != None)
for i, ch in enumerate("x😀y"):
    print(i, ch, ord(ch))
