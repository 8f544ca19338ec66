# Text statistics: word frequency, sentence lengths, and character classes
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only. There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a fair
face, on the throne of France. It was clearer than crystal to the lords of the
State preserves of loaves and fishes, that things in general were settled for ever."""

def words_of(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)

words = list(words_of(TEXT))
print("total words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} {n:3d} {'#' * n}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    ws = sorted(by_len[length])
    print(length, len(ws), ", ".join(ws[:6]) + (" ..." if len(ws) > 6 else ""))
sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
for s in sentences:
    n = len(list(words_of(s)))
    print(f"{n:3d} words: {s[:50]}{'...' if len(s) > 50 else ''}")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
print("letters:", total_letters)
print(" ".join(f"{c}:{letters[c] * 100 / total_letters:.1f}%" for c in sorted(letters, key=lambda c: -letters[c])[:10]))
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:5])
print("hapax legomena:", len([w for w, n in freq.items() if n == 1]))
caps = sorted({w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()})
print("capitalized:", caps)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
