# Document similarity: shingles, Jaccard, cosine over term frequencies, and simhash-like fingerprints
DOCS = {
    "d1": "The cat sat on the mat. The mat was warm and the cat was happy.",
    "d2": "A cat sat on a warm mat; the happy cat purred on the mat.",
    "d3": "Stock markets fell sharply as investors worried about rising interest rates.",
    "d4": "Investors worried that rising rates would hurt stock markets, which fell.",
    "d5": "The dog sat on the log. The log was cold and the dog was sad.",
}
STOP = {"the", "a", "on", "and", "was", "as", "that", "which", "would", "about"}

def words(text):
    out, cur = [], ""
    for ch in text.lower():
        if ch.isalnum():
            cur += ch
        elif cur:
            out.append(cur); cur = ""
    if cur:
        out.append(cur)
    return out

def shingles(text, k=3):
    s = " ".join(words(text))
    return {s[i:i + k] for i in range(len(s) - k + 1)}

def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0

def tf(text):
    counts = {}
    for w in words(text):
        if w not in STOP:
            counts[w] = counts.get(w, 0) + 1
    return counts

def cosine(a, b):
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = sum(v * v for v in a.values()) ** 0.5
    nb = sum(v * v for v in b.values()) ** 0.5
    return dot / (na * nb) if na and nb else 0.0

def fnv1a(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def simhash(text, bits=64):
    v = [0] * bits
    for w, c in tf(text).items():
        h = fnv1a(w)
        for i in range(bits):
            v[i] += c if (h >> i) & 1 else -c
    return sum(1 << i for i in range(bits) if v[i] > 0)

names = sorted(DOCS)
sh = {n: shingles(DOCS[n]) for n in names}
vecs = {n: tf(DOCS[n]) for n in names}
fps = {n: simhash(DOCS[n]) for n in names}
print("      " + "".join(f"{n:>16}" for n in names))
for a in names:
    cells = []
    for b in names:
        cells.append(f"{jaccard(sh[a], sh[b]):.2f}/{cosine(vecs[a], vecs[b]):.2f}/{(fps[a] ^ fps[b]).bit_count():>2}")
    print(f"{a:<6}" + "".join(f"{c:>16}" for c in cells))
pairs = sorted(((cosine(vecs[a], vecs[b]), a, b) for i, a in enumerate(names) for b in names[i + 1:]), reverse=True)
print("most similar:", [(a, b, round(s, 4)) for s, a, b in pairs[:3]])
df = {}
for n in names:
    for w in vecs[n]:
        df[w] = df.get(w, 0) + 1
def tfidf(n):
    return {w: c * (1 + len(names) / df[w]) for w, c in vecs[n].items()}
for n in names:
    top = sorted(tfidf(n).items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(n, [(w, round(s, 3)) for w, s in top], hex(fps[n]))
print(sorted(sh["d1"] & sh["d5"])[:10], len(sh["d1"]), len(sh["d5"]))
