# Width and alignment count code points, not display columns
words = ["a", "é", "e\u0301", "日本", "😀", "👨‍👩‍👧", "ﬁ", "\t"]
for w in words:
    print(repr(w), len(w), "[" + w.ljust(6) + "]", "[" + w.rjust(6, ".") + "]", "[" + format(w, "^7") + "]", "[%5s]" % w, f"[{w:_>4}]")
print("%-6s|%6s|" % ("日本語", "ü"), "{:*^8}".format("😀😀"), "ab".center(5, "🎉"))
rows = [("Name", "City"), ("Zoë", "Zürich"), ("李", "北京"), ("Ann", "NYC")]
for a, b in rows:
    print(f"|{a:<6}|{b:>8}|")
print(len("İ".lower()), "[" + "İ".lower().center(5) + "]", "[" + "ß".upper().center(6, "-") + "]")
print("x".zfill(5), "😀".zfill(3), "-日".zfill(4), "+é".zfill(4))
cells = ["αβγ", "ÆØÅ", "ﬃ", "🐍🐍", "x\u0308"]
for c in cells:
    print(f"{c!r:<12}|{c:<5}|{c:>5}|{c:^5}|{c:*^7}|{len(c)}|{c.upper():<5}|{c.casefold()!a}")
print("%-5s|%5s|%.1s|%5.2s|" % ("ÆØÅ", "🐍", "日本", "日本語"))
print("{:─^20}".format(" title "), "{:>10}".format("€100"), "{:<4}|".format("½"))
table = [("item", "price"), ("☕ coffee", "€3"), ("🥐 croissant", "€2.5")]
for a, b in table:
    print(f"{a:<14}{b:>6}")
print(max(len(a) for a, _ in table), [len(a.encode()) for a, _ in table])
print("[" + "日本".center(7, "＊") + "]", "[" + "a".center(4, "é") + "]", "[" + "😀".ljust(3, "😀") + "]")
print(f"{'é':é^5}", f"{'x':😀>3}", f"{'→':<3}|", "%-3s|%3s|" % ("é", "😀"))
