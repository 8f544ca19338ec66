# Realistic text processing: word counts, wrapping, alignment, title casing.

text = """The quick brown fox jumps over the lazy dog. The dog, surprised,
barks; the fox runs away!  Later the fox returns -- quietly -- and the
dog sleeps."""

# Normalise and tokenise
punct = ".,;!-"
cleaned = "".join(" " if ch in punct else ch.lower() for ch in text)
words = cleaned.split()
print(len(words), words[:8])

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>8} {n:2d} {'*' * n}")

# Simple greedy word wrap
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

for width in (20, 35):
    print(f"--- width {width}")
    for line in wrap(text, width):
        print(f"|{line:<{width}}|")

# Justify to a fixed width
def justify(line, width):
    parts = line.split()
    if len(parts) == 1:
        return line.ljust(width)
    gaps = len(parts) - 1
    spaces = width - sum(len(p) for p in parts)
    out = ""
    for i, p in enumerate(parts[:-1]):
        out += p + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + parts[-1]

for line in wrap(text, 30):
    print(f"[{justify(line, 30)}]")

# Sentence splitting and capitalisation
sentences = [s.strip() for s in text.replace("\n", " ").replace("!", ".").split(".") if s.strip()]
for s in sentences:
    print(repr(s[:1].upper() + s[1:]))
print(" ".join(w.capitalize() for w in "hello wORLD from pYTHON".split()))
print("hello wORLD from pYTHON".title(), "they're bill's".title())
print("  padded  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a  b".split(" "))
print("key=value=more".partition("="), "no-sep".partition("="), "a/b/c".rpartition("/"))
print("CamelCaseString".swapcase(), "ß".upper(), "İ".lower() == "i̇", "ǅ".title())
