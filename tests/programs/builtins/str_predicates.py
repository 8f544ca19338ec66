# str.is* predicates on many inputs
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-5", " ", "\t\n", "½", "²", "٣", "Ⅻ",
           "日本", "é", "Hello World", "Hello world", "hello_world", "_x1", "1x", "class", "ǅ", "a b",
           "\x00", "\x7f", "ÀÉ", "ß", "ＡＢＣ", "１２", "\u2028", "\xa0", "abc\n", "☃", "😀", "ﬁ", "𝟘", "Title Case 9"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(p[2:5] for p in preds))
for s in samples:
    row = []
    for p in preds:
        row.append("T" if getattr(s, p)() else ".")
    print(repr(s).ljust(14), "   ".join(row))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\xe9".isalpha(), b"\x80".isascii())
digit_kinds = ["0", "٣", "۳", "३", "০", "௩", "๓", "³", "⑶", "①", "Ⅷ", "〇", "一", "½", "𝟙", "🄁"]
for c in digit_kinds:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), end=" | ")
    try:
        print(int(c))
    except ValueError:
        print("int() fails")
print("a1_b2".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "é".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "ℕ".isidentifier())
