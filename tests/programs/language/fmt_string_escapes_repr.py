# String literals, escapes and repr() quoting choices.

literals = [
    "simple",
    'single',
    "it's",
    'say "x"',
    "both ' \"",
    """triple "double" 'single'""",
    "\\",
    "\a\b\f\n\r\t\v",
    "\0\1\12\123",
    "\x41\x7e\x7f",
    "\u00e9\u20ac",
    "\U0001F600",
    "\N{BULLET} \N{EM DASH}",
    r"raw \n \t \\",
    "line1\
continued",
    "",
]
for s in literals:
    print(len(s), repr(s))

# Bytes literals
for b in [b"abc", b"\x00\xff", b"it's", rb"\d", b'"', bytes([0, 10, 13, 92, 39, 34, 127, 128])]:
    print(len(b), repr(b))

# Adjacent literal concatenation
s = ("one "
     'two '
     """three""")
print(s)

# Unicode: len counts code points
for text in ["naïve", "日本", "🐍🐍", "e\u0301", "\u00e9"]:
    print(repr(text), len(text), text.upper(), [hex(ord(c)) for c in text])

# Escapes in repr use the shortest form
print(repr(chr(7)), repr(chr(27)), repr(chr(160)), repr(chr(173)), repr(chr(0x2028)), repr(chr(0xFFFF)))
print(repr(chr(0xD800)), ascii(chr(0xDFFF)))

# str() vs repr() on nested containers
data = {"k": ["a'b", 'c"d', "e\nf"], "t": ("x",)}
print(data)
print(str(data) == repr(data))

# Multi-line strings preserve indentation and newlines
block = """\
first
  second
    third"""
print(block)
print(block.splitlines(), block.count("\n"))

# String multiplication and concatenation edge cases
print("ab" * 3, "ab" * 0, "ab" * -1, repr("" * 100), "-" * 10)
