# Run-length encoding and a simple LZ77 compressor with round-trip checks
def rle_encode(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev and count < 9:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    return "".join(s[i + 1] * int(s[i]) for i in range(0, len(s), 2))

def lz77_encode(data, window=64, lookahead=15):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        start = max(0, i - window)
        for j in range(start, i):
            k = 0
            while k < lookahead and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            nxt = data[i + best_len] if i + best_len < len(data) else ""
            out.append((best_off, best_len, nxt))
            i += best_len + 1
        else:
            out.append((0, 0, data[i]))
            i += 1
    return out

def lz77_decode(tokens):
    buf = []
    for off, length, ch in tokens:
        start = len(buf) - off
        for k in range(length):
            buf.append(buf[start + k])
        if ch:
            buf.append(ch)
    return "".join(buf)

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabcccccaaa",
           "abracadabra abracadabra abracadabra", "to be or not to be, that is the question; to be or not to be",
           "ababababababababababababababab", "ünïcödé ünïcödé ünïcödé 😀😀😀😀😀😀"]
for s in samples:
    r = rle_encode(s)
    toks = lz77_encode(s)
    ok = rle_decode(r) == s and lz77_decode(toks) == s
    refs = sum(1 for t in toks if t[1])
    print(f"{len(s):>3} chars | rle {len(r):>3} | lz77 {len(toks):>3} tokens ({refs} refs) | ok={ok} | {s[:24]!r}")
print(rle_encode("aaaaaaaaaaaaaaab"), rle_decode("3x2y1z"))
print(lz77_encode("abcabcabcabcX"))
print(lz77_encode("aaaaaaaaaa"))
text = ("The quick brown fox jumps over the lazy dog. " * 6).strip()
toks = lz77_encode(text, window=128)
print(len(text), len(toks), toks[:5], toks[-2:], lz77_decode(toks) == text)
def bwt(s):
    s += "\0"
    table = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(row[-1] for row in table)
def ibwt(r):
    table = [""] * len(r)
    for _ in range(len(r)):
        table = sorted(r[i] + table[i] for i in range(len(r)))
    return next(row for row in table if row.endswith("\0"))[:-1]
for w in ["banana", "mississippi", "abracadabra"]:
    b = bwt(w)
    print(w, repr(b), rle_encode(b.replace("\0", "$")), ibwt(b) == w)
