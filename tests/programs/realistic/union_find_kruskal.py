# Union-find with path compression, Kruskal's MST, and connectivity queries
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True
    def groups(self):
        g = {}
        for x in self.parent:
            g.setdefault(self.find(x), []).append(x)
        return sorted(sorted(v) for v in g.values())

cities = ["A", "B", "C", "D", "E", "F", "G", "H"]
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G"), (3, "H", "H")]
dsu = DSU(cities)
mst, total = [], 0
for w, a, b in sorted(edges):
    if dsu.union(a, b):
        mst.append((a, b, w))
        total += w
        print(f"take {a}-{b} ({w})  sets left: {dsu.sets}")
    else:
        print(f"skip {a}-{b} ({w})  would form a cycle")
print("MST weight:", total, "edges:", len(mst), "components:", dsu.groups())
n = 60
d2 = DSU(range(n))
x = 7
merges = 0
for step in range(80):
    x = (x * 48271) % 2147483647
    a, b = x % n, (x // n) % n
    merges += d2.union(a, b)
    if step % 20 == 19:
        print(f"after {step + 1} random unions: {d2.sets} sets, {merges} merges")
sizes = sorted((len(g) for g in d2.groups()), reverse=True)
print("component sizes:", sizes)
print("same set 3 & 17:", d2.find(3) == d2.find(17), "| max rank:", max(d2.rank.values()))
grid = ["##..#", "#..##", "...#.", "##..#", "....."]
cells = [(r, c) for r in range(5) for c in range(5) if grid[r][c] == "#"]
d3 = DSU(cells)
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in d3.parent:
            d3.union((r, c), (r + dr, c + dc))
print("islands:", d3.sets, d3.groups())
