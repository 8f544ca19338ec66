# repr quote choice and escapes
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "nul\x00",
         "bell\x07", "esc\x1b", "del\x7f", "\x80\x9f", "\xa0nbsp", "é", "日本", "😀", "\u200b", "\ufeff",
         "\ud800" if False else "x", "back\\slash", "\u2028", "\U0001f9e1", "\xad", "\u0378", "\U000e0001",
         "'", '"', "'\"", "", "\\n", "\x0b\x0c", "ü" * 3]
for s in tests:
    print(repr(s), ascii(s), len(s), len(repr(s)))
print(repr(["a'b", 'c"d', "e"]), repr(("x",)), repr({"k'": "v\n"}))
print(str("a\tb"), "%r" % "a\tb", f"{'tab\t'!r}", f"{'é'!a}")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\x00\x7f\x80\xff\n\t\r\\"), repr(bytearray(b"'")))
print(repr(chr(0x10ffff)), repr(chr(0xe000)), repr(chr(0x1f)), repr(chr(0x85)), repr(chr(0x3000)), repr(chr(0x2029)))
print(ascii("café ☕ 𝄞"), ascii(["ü", b"\xfc"]), ascii(1.5), ascii(None))
print(ord("a"), ord("é"), ord("日"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
print(chr(97), chr(233), chr(0x65e5), chr(0x1f600), chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "\N{greek small letter alpha}", "\x41\101\u0041\U00000041")
print(repr('\''), repr("\""), repr("\'\""), repr(r"\d+\s*"), r"raw\n" + "\\")
