# bytes literal syntax: escapes, raw literals, implicit concatenation, and compile errors.
print(b"\x41\x42", b"\101\102", b"\0", b"\7\77\377", b"\a\b\f\n\r\t\v")
print(b"\\", b"\'", b'\"', b"\\N", b"line\
continued")
print(rb"\x41\n", br"\d+", Rb"raw", bR"RAW", BR"x\y")
print(b"adjacent" b" literals", b"a" rb"\b" b"c")
print(b"""triple
quoted""", b'''single "quotes" inside''')
print(len(b"\x00" * 3), b"\xff"[0], b"\\u0041", len(rb"\u0041"))
for src in ("b'caf\xe9'", "b'\u20ac'", "b'a' 'b'", "'a' b'b'", "b'\\x4'", "b'\\x'", "rb'\\'"):
    try:
        print(repr(src), eval(compile(src, "<test>", "eval")))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
print(type(b"").__name__, b"" == bytes())
x = b"identical"
y = b"identical"
print(x == y)
print(eval("b'\\x7f'"), eval("b'\\177'"), eval("b'\\400'") if False else "skip")
print([b"\x00", b"\t", b"\x7f", b"\x80"])
