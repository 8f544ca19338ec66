# Word search: find words in 8 directions, mark them, and list unused letters
GRID = """
PYTHONXQZB
RAHSAHGEUR
OWLTNEAKAA
GEPAIRRLNC
RLOCLAKTAK
ACPKUMNTDE
MONTIOEGAT
JSONTLISTS
ECAPSEMANK
NOITCNUFVX
""".split()
WORDS = ["PYTHON", "STACK", "HASH", "LIST", "JSON", "LAMBDA", "PROGRAM", "FUNCTION", "NAMESPACE", "BRACKET",
         "TUPLE", "HEAP", "GRAPH", "TRIE", "LOOP", "KAT", "QUEUE", "ANT", "NONE"]
H, W = len(GRID), len(GRID[0])
DIRS = {"E": (0, 1), "W": (0, -1), "S": (1, 0), "N": (-1, 0), "SE": (1, 1), "NW": (-1, -1), "SW": (1, -1), "NE": (-1, 1)}

def find(word):
    hits = []
    for r in range(H):
        for c in range(W):
            if GRID[r][c] != word[0]:
                continue
            for name, (dr, dc) in DIRS.items():
                er, ec = r + dr * (len(word) - 1), c + dc * (len(word) - 1)
                if not (0 <= er < H and 0 <= ec < W):
                    continue
                if all(GRID[r + dr * k][c + dc * k] == word[k] for k in range(len(word))):
                    hits.append((r, c, name))
    return hits

used = set()
found = {}
for w in sorted(WORDS, key=lambda w: (-len(w), w)):
    hits = find(w)
    if hits:
        found[w] = hits
        r, c, d = hits[0]
        dr, dc = DIRS[d]
        used.update((r + dr * k, c + dc * k) for k in range(len(w)))
for w in WORDS:
    print(f"{w:<10}", found.get(w, "not found"))
print()
for r in range(H):
    print(" ".join(GRID[r][c] if (r, c) in used else GRID[r][c].lower() for c in range(W)))
left = "".join(GRID[r][c] for r in range(H) for c in range(W) if (r, c) not in used)
print("unused letters:", left, len(left))
freq = {}
for row in GRID:
    for ch in row:
        freq[ch] = freq.get(ch, 0) + 1
print("letter frequency:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
by_dir = {}
for hits in found.values():
    for _, _, d in hits:
        by_dir[d] = by_dir.get(d, 0) + 1
print("directions used:", dict(sorted(by_dir.items())))
