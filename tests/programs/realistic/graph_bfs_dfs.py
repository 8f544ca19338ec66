# BFS, DFS (recursive and iterative), connected components, cycle detection
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (6, 4), (7, 8), (8, 9), (10, 10), (11, 12)]
undirected = {}
directed = {}
for a, b in edges:
    undirected.setdefault(a, []).append(b)
    undirected.setdefault(b, []).append(a)
    directed.setdefault(a, []).append(b)
    directed.setdefault(b, [])
for adj in (undirected, directed):
    for k in adj:
        adj[k].sort()

def bfs(start):
    order, dist = [start], {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in undirected[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                order.append(v)
                queue.append(v)
    return order, dist

def dfs_recursive(u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in undirected[u]:
        if v not in seen:
            dfs_recursive(v, seen, order)
    return order

def dfs_iterative(start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(undirected[u]))
    return order

print("bfs:", bfs(1))
print("dfs rec:", dfs_recursive(1))
print("dfs iter:", dfs_iterative(1))
components = []
seen = set()
for node in sorted(undirected):
    if node not in seen:
        comp = dfs_iterative(node)
        seen.update(comp)
        components.append(sorted(comp))
print("components:", components)

def find_cycle():
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {u: WHITE for u in directed}
    parent = {}
    def visit(u):
        color[u] = GRAY
        for v in directed[u]:
            if color[v] == GRAY:
                cyc = [v, u]
                while cyc[-1] != v:
                    cyc.append(parent[cyc[-1]])
                return cyc[::-1][1:] if cyc[0] == cyc[-1] else cyc[::-1]
            if color[v] == WHITE:
                parent[v] = u
                r = visit(v)
                if r:
                    return r
        color[u] = BLACK
        return None
    for u in sorted(directed):
        if color[u] == WHITE:
            r = visit(u)
            if r:
                return r
    return None
print("cycle:", find_cycle())

def shortest_path(a, b):
    prev = {a: None}
    q = [a]
    for u in q:
        if u == b:
            break
        for v in undirected[u]:
            if v not in prev:
                prev[v] = u
                q.append(v)
    if b not in prev:
        return None
    p = [b]
    while prev[p[-1]] is not None:
        p.append(prev[p[-1]])
    return p[::-1]
print(shortest_path(1, 6), shortest_path(7, 9), shortest_path(1, 9))
def bipartite(nodes):
    side = {}
    for s in nodes:
        if s in side:
            continue
        side[s] = 0
        q = [s]
        for u in q:
            for v in undirected[u]:
                if v not in side:
                    side[v] = 1 - side[u]
                    q.append(v)
                elif side[v] == side[u]:
                    return False, (u, v)
    return True, side
for comp in components:
    print(comp, "bipartite" if bipartite(comp)[0] else "not bipartite: %s" % (bipartite(comp)[1],))
degrees = sorted(((len(v), k) for k, v in undirected.items()), reverse=True)
print("degrees:", degrees[:5])
