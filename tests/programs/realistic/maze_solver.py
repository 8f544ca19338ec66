# Solving a text maze with BFS and A*, then rendering the path
MAZE = """
###################
#S    #     #     #
# ### # ### # ### #
# #   #   #   # # #
# # ##### ##### # #
# #           #   #
# ##### # ### ### #
#     # #   #     #
##### # ### ### # #
#   #   #   #   # #
# # ##### # # ### #
# #       # #    E#
###################
"""
grid = [list(row) for row in MAZE.strip("\n").splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, goal = find("S"), find("E")
DIRS = [(0, 1), (1, 0), (0, -1), (-1, 0)]

def neighbors(p):
    r, c = p
    for dr, dc in DIRS:
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc

def bfs():
    prev = {start: None}
    frontier = [start]
    expanded = 0
    while frontier:
        nxt = []
        for p in frontier:
            expanded += 1
            if p == goal:
                return prev, expanded
            for q in neighbors(p):
                if q not in prev:
                    prev[q] = p
                    nxt.append(q)
        frontier = nxt
    return prev, expanded

def astar():
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_list = [(h(start), 0, start)]
    g = {start: 0}
    prev = {start: None}
    expanded = 0
    while open_list:
        open_list.sort()
        f, cost, p = open_list.pop(0)
        expanded += 1
        if p == goal:
            return prev, expanded
        for q in neighbors(p):
            if cost + 1 < g.get(q, 10 ** 9):
                g[q] = cost + 1
                prev[q] = p
                open_list.append((cost + 1 + h(q), cost + 1, q))
    return prev, expanded

def path_from(prev):
    p, out = goal, []
    while p is not None:
        out.append(p)
        p = prev[p]
    return out[::-1]

prev_b, exp_b = bfs()
prev_a, exp_a = astar()
pb, pa = path_from(prev_b), path_from(prev_a)
print("start", start, "goal", goal, "| bfs length", len(pb) - 1, "expanded", exp_b, "| A* length", len(pa) - 1, "expanded", exp_a)
canvas = [row[:] for row in grid]
arrows = {(0, 1): ">", (1, 0): "v", (0, -1): "<", (-1, 0): "^"}
for (r1, c1), (r2, c2) in zip(pb, pb[1:]):
    if canvas[r1][c1] not in "SE":
        canvas[r1][c1] = arrows[(r2 - r1, c2 - c1)]
print("\n".join("".join(row) for row in canvas))
turns = sum(1 for a, b, c in zip(pb, pb[1:], pb[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns:", turns, "| open cells:", sum(row.count(" ") for row in grid) + 2)
dist = {start: 0}
q = [start]
for p in q:
    for n in neighbors(p):
        if n not in dist:
            dist[n] = dist[p] + 1
            q.append(n)
far = max(dist, key=lambda p: (dist[p], p))
print("farthest cell from start:", far, dist[far], "| reachable:", len(dist))
dead_ends = sorted(p for p in dist if len(list(neighbors(p))) == 1 and p not in (start, goal))
print("dead ends:", len(dead_ends), dead_ends[:6])
