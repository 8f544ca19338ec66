# Dijkstra's algorithm with a hand-written binary heap, path reconstruction
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)

ROADS = """
Amsterdam Berlin 655
Amsterdam Brussels 210
Brussels Paris 305
Paris Lyon 465
Lyon Geneva 150
Geneva Zurich 280
Zurich Munich 315
Munich Berlin 585
Munich Vienna 435
Vienna Prague 330
Prague Berlin 350
Paris Zurich 610
Berlin Warsaw 575
Warsaw Prague 680
Lyon Marseille 315
Marseille Nice 200
Nice Milan 315
Milan Zurich 280
Milan Venice 270
Venice Vienna 610
"""
graph = {}
for line in ROADS.strip().splitlines():
    a, b, d = line.split()
    graph.setdefault(a, {})[b] = int(d)
    graph.setdefault(b, {})[a] = int(d)

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    visited = []
    while heap:
        d, u = heap.pop()
        if d > dist[u]:
            continue
        visited.append(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev, visited

def path(prev, src, dst):
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]

dist, prev, order = dijkstra("Amsterdam")
print("visit order:", " > ".join(order))
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<10}{dist[city]:>6} km  via {' -> '.join(path(prev, 'Amsterdam', city))}")
pairs = [("Nice", "Warsaw"), ("Brussels", "Venice"), ("Geneva", "Prague")]
for a, b in pairs:
    d, p, _ = dijkstra(a)
    print(f"{a} to {b}: {d[b]} km, {len(path(p, a, b)) - 1} legs: {path(p, a, b)}")
ecc = {c: max(dijkstra(c)[0].values()) for c in graph}
center = min(ecc, key=lambda c: (ecc[c], c))
print("graph center:", center, ecc[center], "| diameter:", max(ecc.values()))
h = MinHeap()
for x in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(x)
print("heap sort:", [h.pop() for _ in range(len(h))])
