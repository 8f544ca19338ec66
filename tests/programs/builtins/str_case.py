# Case conversion including non-ASCII
words = ["hello world", "HELLO", "ß straße", "ǅungla", "ﬁne ﬂour", "İstanbul", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ",
         "they're bill's friends", "hello-world_foo bar2baz", "ÉCOLE élève", "ǈ ǉ Ǉ", "ᾳ", "mIxEd 123 ÀÉÎ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΑΣΑ".lower())
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
print("hello"[0].upper() + "hello"[1:], "x".upper().lower(), "ǅ".upper(), "ǅ".lower(), "ǆ".title())
print("abc1def".title(), "don't stop".title(), "1st 2nd".title(), "o'neil mcdonald".title())
print("ǳ".capitalize(), "ﬁ".capitalize(), "ŉ".capitalize())
print(b"Hello World".upper(), b"Hello World".swapcase(), b"hello world".title(), b"\xe9abc".upper(), bytearray(b"aBc").lower())
for s in ["hELLO wORLD", "123abc", "ÀÉÎÕÜ", "mIXed-CASE_snake", "ŉ", "ǆemal", "ὒ"]:
    print(s, s.isupper(), s.islower(), s.istitle(), s.swapcase().swapcase() == s, s.title().istitle(), len(s.upper()))
print("Straße".upper().lower(), "İ".casefold(), "ß".casefold().upper(), "ΣΑΣ".lower(), "σας".upper())
print(sorted(["b", "A", "ä", "Z", "a"], key=str.casefold), sorted(["b", "A", "ä", "Z", "a"], key=str.lower))
words = "the QUICK bRoWn fox"
print(" ".join(w.capitalize() for w in words.split()), words.title(), words.swapcase(), words.casefold())
print("ﬁ".upper() == "FI", "Ǳ".lower(), "ǳ".upper(), "ǲ".title(), "ǲ".swapcase(), "ǲ".istitle(), "ǲ".isupper())
print("µ".upper(), "µ".upper().lower(), "ÿ".upper(), "ſ".upper(), "K".lower(), "Å".lower())
print("hello world".title() == "Hello World", "HELLO".capitalize(), "élan vital".capitalize(), "1a".capitalize())
