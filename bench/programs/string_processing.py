# String processing: a generated text is split into lines and words, counted, normalized
# (lower, strip, replace, translate), re-joined, formatted with %, str.format and f-strings,
# searched (find, count, startswith, in, partition), padded and encoded. Exercises the str
# methods everyday programs lean on and dict-based counting.
# Usage: string_processing.py [ITERATIONS]
import sys

ITERATIONS = 5
LINES = 2000

# Per-iteration figures, as CPython 3.13 computes them.
EXPECTED = (24, 668, 2535, 71, 134088, 138722, 667, 724, 56, 'While_quietly_matche',
            "         'under' 1010011010 95.143 ******Under*******")

VOCABULARY = ("the quick brown fox jumps over lazy dog while seven wizards quietly judge "
              "boxing matches under pale Moon light, Ärger über café naïve résumé").split()
PUNCTUATION = str.maketrans({',': None, '.': None, ';': ' ', '!': None})


def make_text(n):
    lines = []
    count = len(VOCABULARY)
    for i in range(n):
        words = [VOCABULARY[(i * 7 + k * 3) % count] for k in range(5 + i % 9)]
        if i % 4 == 0:
            words[0] = words[0].capitalize()
        line = " ".join(words) + (".", "!", ";", ",")[i % 4]
        lines.append(("  " if i % 3 == 0 else "") + line + ("\t" if i % 5 == 0 else ""))
    return "\n".join(lines)


def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for word in line.strip().translate(PUNCTUATION).lower().split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    rows = []
    for rank, (word, n) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))):
        rows.append("%3d. %-12s %5d" % (rank + 1, word, n))
        rows.append("{:>4}|{:^14}|{:<6}".format(rank, word.upper(), n))
        rows.append(f"{word!r:>16} {n:08b} {n / 7:.3f} {word.title():*^18}")
    return "\n".join(rows)


def transform(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        head, sep, tail = line.partition(" ")
        line = tail + sep + head if line.startswith(("The", "Quick")) else line
        line = line.replace("fox", "cat").replace("dog", "wolf").replace(" ", "_")
        if "wizards" in line:
            line = line.swapcase()
        out.append(line.center(80, ".")[:78].rstrip(".").zfill(10))
    return "|".join(out)


def run(text):
    counts = word_counts(text)
    table = report(counts)
    changed = transform(text)
    encoded = changed.encode("utf-8")
    decoded = encoded.decode("utf-8")
    found = 0
    start = 0
    while True:
        start = decoded.find("cat", start)
        if start < 0:
            break
        found += 1
        start += 3
    pieces = decoded.split("|")
    return (len(counts), counts.get("the"), len(table), table.count("\n"), len(changed),
            len(encoded), found, decoded.count("WOLF"), sum(p.isupper() for p in pieces),
            max(pieces, key=len)[:20], table.splitlines()[-1])


def main(iterations):
    text = make_text(LINES)
    for _ in range(iterations):
        result = run(text)
        if result != EXPECTED:
            raise SystemExit(f"string_processing: wrong result {result!r}, "
                             f"expected {EXPECTED!r}")
    print(f"string_processing: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
