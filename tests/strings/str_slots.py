# str slots: subscripts, slicing with astral characters, iteration, comparison, hashing,
# repetition, containment and subclasses
s = "aé😀日b"
print(len(s), s[0], s[2], s[-1], s[1:4], s[::-1], s[::2], s[-3:], s[10:], s[:-10], s[1:100:3])
print(list(s), [c for c in reversed(s)], "".join(sorted(s)))
it = iter("ab😀")
print(type(it).__name__, type(iter("abc")).__name__, next(it), it.__length_hint__(), list(it))
print("a" < "b", "abc" < "abd", "ab" < "abc", "\uffff" < "😀", "é" > "e", "" < "a", "a" >= "a", "b" <= "a")
print(sorted(["b", "😀", "\uffff", "a", "é", "Z", ""]))
print("ab" * 3, 2 * "x", "ab" * 0, "ab" * -1, "x" * True)
print("b" in "abc", "" in "abc", "abd" in "abc", "😀" in s)
print(hash("abc") == hash("ab" + "c"), hash("") == 0, "abc" == "abc", "abc" != "abd")
class S(str):
    def shout(self):
        return self.upper() + "!"
x = S("hey")
print(x, repr(x), x.shout(), type(x + "a").__name__, type(x[0]).__name__, type(x.strip()).__name__, isinstance(x, str))
print(x == "hey", hash(x) == hash("hey"), {x: 1}["hey"], len(x), x * 2, "e" in x, str(x), type(str(x)).__name__)
print(S(), S(42), S(b"ab", "ascii"), str(S("q")))
print(str.join("-", ["a", "b"]), str.upper("abc"), "abc".__getitem__(1), "abc".__len__(), "abc".__contains__("b"))
print("%s|%5s|%-5s|" % ("a", "b", "c"), "abc".__mod__(()), "a%sc".__mod__("b"))
print("{:>5}".format(x), format(x, "^7"), f"{x!r:>8}", "{0!s}".format(x))

def errors():
    for bad in [lambda: s[5], lambda: s[1.0], lambda: s[None], lambda: s[::0]]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
errors()

def rest():
    print("".join(map(str, range(5))), "-".join("abc"), ", ".join(x for x in ["p", "q"]))
    print("a\u0301" == "á", len("a\u0301"), "ﬃ".upper(), "ﬃ".casefold(), "ǈ".lower(), "ǈ".upper(), "Ǉ".title())
    print("hello world foo".title(), "HELLO".capitalize(), "ǆungla".capitalize(), "ßa".capitalize(), "ŉa".title())
    print("  Hello  ".strip(), "xyHelloyx".strip("xy"), "\u2003a\u3000".strip(), "\x1ca\x1f".strip(), "\x85a\xa0".strip())
    print("a\u3000b\x1cc d".split(), "a\x85b".split(), "a\u200bb".split())

rest()
