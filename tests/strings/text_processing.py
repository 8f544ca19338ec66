# Everyday text handling: counting words, tables with % and format(), encodings, bytes
text = """The quick brown fox jumps over the lazy dog.
  Pack my box with five dozen liquor jugs!\tHow vexingly quick daft zebras jump."""
def words():
    counts = {}
    for w in text.lower().replace(".", " ").replace("!", " ").split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for w, n in top:
        print(f"{w:<10}|{n:>3}|{'#' * n}")
    print(" ".join(w.capitalize() for w in text.split()[:4]), text.count("qu"), text.find("fox"), text.rfind("quick"))
words()
def table():
    rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
    print("%-10s %8s %5s" % ("name", "price", "qty"))
    for name, price, qty in rows:
        print("%-10s %8.2f %5d" % (name, price, qty))
    print("{:=^30}".format(" total "), "{:,.2f}".format(sum(p * q for _, p, q in rows)))
    print("|".join(s.center(8) for s in ["a", "bb", "ccc"]), "x".join(map(str, [1, 2, 3])))
table()
def misc():
    s = "Hello, Wörld! 😀"
    print(s.encode("utf-8"), len(s.encode()), s.encode().decode(), s.upper(), s.swapcase(), s[::-1])
    print(s.encode("ascii", "ignore"), s.encode("latin-1", "replace"), list(map(ord, s[-3:])))
    b = bytes(range(10))
    print(b.hex(), b[2:5], list(b[::3]), bytes.fromhex(b.hex()) == b, b.split(b"\x05"), sum(b))
    print("a,b;c d".replace(";", ",").replace(" ", ",").split(","), "CamelCaseString".lower(), "snake_case_here".title().replace("_", ""))
    print(repr("tab\there"), str(3.5), str(True), "%r" % None, "%5.1f%%" % 99.44, "%x" % 3054, "%08.3f" % -3.14159)
    print("{0:b} {0:o} {0:x} {0:#X}".format(255), "{:>+8.3e}".format(12345.678), f"{'abc'!r:>8}", f"{42:05d}")
misc()
