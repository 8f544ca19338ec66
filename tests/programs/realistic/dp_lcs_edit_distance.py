# Longest common subsequence and edit distance with alignments
def lcs(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return t[0][0], "".join(out) if isinstance(a, str) else out

def edit_distance(a, b):
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops, i, j = [], n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(("=" if a[i - 1] == b[j - 1] else "~", a[i - 1], b[j - 1]))
            i -= 1; j -= 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(("-", a[i - 1], " "))
            i -= 1
        else:
            ops.append(("+", " ", b[j - 1]))
            j -= 1
    ops.reverse()
    top = "".join(o[1] for o in ops)
    mid = "".join("|" if o[0] == "=" else o[0] for o in ops)
    bot = "".join(o[2] for o in ops)
    return d[n][m], top, mid, bot

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same"),
         ("AGGTAB", "GXTXAYB"), ("sunday", "saturday"), ("naïve café", "naive cafe"), ("😀abc", "abc😀")]
for a, b in pairs:
    n, s = lcs(a, b)
    dist, top, mid, bot = edit_distance(a, b)
    print(f"{a!r} vs {b!r}: lcs={n} {s!r} edit={dist}")
    print("   " + top + "\n   " + mid + "\n   " + bot)
print(lcs([1, 3, 5, 7, 9, 2, 4, 6], [1, 2, 3, 4, 5, 6, 7]))
words = ["apple", "apply", "ample", "maple", "applet", "happy", "apples"]
target = "appel"
ranked = sorted(words, key=lambda w: (edit_distance(target, w)[0], w))
print("suggestions for", target, "->", [(w, edit_distance(target, w)[0]) for w in ranked])
long_a = "ACGT" * 60
long_b = ("AGCT" * 50) + "TTT"
print(lcs(long_a, long_b)[0], edit_distance(long_a, long_b)[0])
