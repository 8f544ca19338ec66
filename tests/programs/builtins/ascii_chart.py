# Printable ASCII chart with repr and category flags
for row in range(0, 128, 8):
    cells = []
    for cp in range(row, row + 8):
        c = chr(cp)
        r = repr(c)[1:-1] if not c.isprintable() or c == " " else c
        kind = "d" if c.isdigit() else "u" if c.isupper() else "l" if c.islower() else "s" if c.isspace() else "p" if c.isprintable() else "c"
        cells.append("%3d %-6s%s" % (cp, r, kind))
    print(" | ".join(cells))
letters = "".join(chr(c) for c in range(128) if chr(c).isalpha())
digits = "".join(chr(c) for c in range(128) if chr(c).isdigit())
punct = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
ws = [c for c in map(chr, range(128)) if c.isspace()]
print(letters, digits, punct, ws, sep="\n")
print(len(letters), len(punct), sum(1 for c in range(128) if chr(c).isprintable()))
names = {0: "NUL", 7: "BEL", 8: "BS", 9: "TAB", 10: "LF", 11: "VT", 12: "FF", 13: "CR", 27: "ESC", 127: "DEL"}
for cp, name in names.items():
    c = chr(cp)
    print(f"{name:>4} {cp:>3} {cp:#04x} {cp:#010b} {repr(c):>8} {ascii(c):>8} {c.isspace()!s:>5} {c.isprintable()!s:>5}")
upper_lower = [(c, c.lower()) for c in letters if c.isupper()]
print(all(ord(l) - ord(u) == 32 for u, l in upper_lower), len(upper_lower))
print("".join(chr(ord(c) ^ 0x20) if c.isalpha() else c for c in "Hello, World!"))
print(sorted(punct, key=lambda c: -ord(c))[:10], max(letters), min(punct))
