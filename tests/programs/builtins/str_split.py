# str.split / rsplit / splitlines
s = "  the quick  brown\tfox\njumps   over  "
print(s.split())
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(" "))
print(s.split(" ", 3))
print(s.rsplit(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), ",".split(","), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".split("--", 1), "a--b--c".rsplit("--", 1))
print("aaa".split("a"), "aaa".split("aa"), "aaaa".rsplit("aa"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "1 2 3".split(sep=" ", maxsplit=0))
print("   ".split(), "   ".split(" "), " x ".split(None, 0), " x  y ".rsplit(None, 0))
print("x\x1cy\x1dz\x1ew\x1fv\x0bu\x0ct\x85s\u2028r\u3000q".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
text = "line1\nline2\r\nline3\rline4\n\nline6\x0bline7\x0cline8\x1c9\x1d10\x1e11\x85 12\u2028 13\u2029end\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "abc".splitlines(), "a\n".split("\n"))
print("one\ntwo\n".split("\n"), "one\ntwo\n".splitlines())
print(b"a\nb\r\nc".splitlines(), b"a b  c".split(), b"a,b".split(b","))
for line in "name: Ann\nage: 33\ncity: Oslo".splitlines():
    k, _, v = line.partition(": ")
    print(repr(k), repr(v))
print("a b c d e".split(" ", -1), "a b c d e".rsplit(" ", -5))
print("mississippi".split("ss"), "mississippi".split("i"), "mississippi".rsplit("i", 2))
