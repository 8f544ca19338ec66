# String and bytes literal escape sequences
s = "a\tb\nc\\d\'e\"f\x41\101\u00e9\U0001F600\N{BULLET}\a\b\f\v\r\0"
print(repr(s), len(s))
print([ord(c) for c in s])
print("\x7f\x80\xff", repr("\x7f\x80\xff"))
print("\1\12\123\1234", repr("\1\12\123\1234"), len("\1\12\123\1234"))
print(r"\n\t\x41", len(r"\n\t\x41"), r"\\", R"C:\path\to", rb"\x00", Rb"\d")
print(b"\x00\x41\101\n\\", list(b"\x00\x41\101\n\\"), b"\\u00e9", len(b"\\u00e9"))
print("line1\
line2", "con" "cat" "enation", b"by" b"tes")
print("""triple "quoted" 'string'
with newline""", '''single 'triple' "quotes"''')
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{SNOWMAN}", "\N{EM DASH}", len("\N{GRINNING FACE}"))
print("tab\there", "cr\rX", "back\bspace".encode(), "form\ffeed".encode(), "vt\vx".encode())
print("unicode: \u0041\u030a", "\u0041\u030a" == "\u00c5", len("\u0041\u030a"))
print(f"\x41{1 + 1}\u00e9", f"{'\\'}", rf"\d{2}", fr"{3}\n")
print("\N{DIGIT ONE}\N{DIGIT TWO}".isdigit(), int("\N{DIGIT ONE}\N{DIGIT TWO}"), int("\u0661\u0662"), float("\u0663.\u0665"))
print('it\'s', "say \"x\"", 'mixed "double" and \'single\'')
octals = ["\0", "\7", "\07", "\007", "\10", "\77", "\177", "\377"]
print([ord(c) for c in octals], [repr(c) for c in octals])
print(len("\x00\x01\x02"), "\x41\x42\x43", "\u00c0\u00c1", "\U0001F40D", len("\U0001F40D"), "\N{SNAKE}" == "\U0001F40D")
print(b"\xff\xfe\x00".hex(), bytes([0o377, 0o12]) == b"\377\12", b"\a\b\f\v".hex(" "))
raw = r"C:\new\table\x41"
print(raw, len(raw), raw.split("\\"), repr(raw))
print("quote: \"\" '' \\ end", 'it''s', "adj" 'acent', f"{'nested \"quotes\"'}")
