# A line-based diff (LCS) producing unified-style hunks, plus a patch applier
OLD = """def area(r):
    return 3.14 * r * r

def perimeter(r):
    return 2 * 3.14 * r

def main():
    print(area(2))
    print(perimeter(2))
    print("done")
""".splitlines()
NEW = """PI = 3.141592653589793

def area(r):
    return PI * r * r

def perimeter(r):
    return 2 * PI * r

def main():
    for r in (1, 2, 3):
        print(area(r), perimeter(r))
    print("done")
""".splitlines()

def diff(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    ops, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and a[i] == b[j]:
            ops.append((" ", a[i], i, j)); i += 1; j += 1
        elif j < m and (i == n or t[i][j + 1] >= t[i + 1][j]):
            ops.append(("+", b[j], i, j)); j += 1
        else:
            ops.append(("-", a[i], i, j)); i += 1
    return ops

def hunks(ops, context=1):
    changed = [k for k, op in enumerate(ops) if op[0] != " "]
    groups = []
    for k in changed:
        if groups and k - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    out = []
    for g in groups:
        lo, hi = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        chunk = ops[lo:hi]
        a_start = chunk[0][2] + 1
        b_start = chunk[0][3] + 1
        a_len = sum(1 for op in chunk if op[0] != "+")
        b_len = sum(1 for op in chunk if op[0] != "-")
        out.append(f"@@ -{a_start},{a_len} +{b_start},{b_len} @@")
        out.extend(op[0] + op[1] for op in chunk)
    return out

ops = diff(OLD, NEW)
print("--- old.py")
print("+++ new.py")
print("\n".join(hunks(ops)))
stats = {k: sum(1 for op in ops if op[0] == k) for k in " +-"}
print("unchanged/added/removed:", stats[" "], stats["+"], stats["-"])
def apply(a, ops):
    out = []
    for kind, line, i, j in ops:
        if kind == " ":
            assert a[i] == line
            out.append(line)
        elif kind == "+":
            out.append(line)
    return out
print("patch reproduces new:", apply(OLD, ops) == NEW)
print("\n".join(hunks(diff("a b c d e f g".split(), "a c d x f g h".split()), context=0)))
print(hunks(diff(["same"], ["same"])), len(diff([], ["x", "y"])))
words_a = "the quick brown fox jumps over the lazy dog".split()
words_b = "the quick red fox jumped over the very lazy dog".split()
print(" ".join(("[-%s-]" % w if k == "-" else "{+%s+}" % w if k == "+" else w) for k, w, _, _ in diff(words_a, words_b)))
