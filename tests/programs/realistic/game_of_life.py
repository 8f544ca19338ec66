# Conway's Game of Life on a small toroidal grid plus a set-based infinite version
def parse(pattern):
    return [[c == "#" for c in row] for row in pattern.strip().splitlines()]

def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[False] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = n == 3 or (grid[r][c] and n == 2)
    return new

def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)

start = parse("""
..........
...#......
....#.....
..###.....
..........
..........
......##..
......##..
..........
.###......
""")
g = start
for gen in range(5):
    print(f"generation {gen}: population {sum(map(sum, g))}")
    print(show(g))
    g = step(g)
for _ in range(35):
    g = step(g)
print("generation 40 population", sum(map(sum, g)))
print(show(g))

def life_sets(cells, steps):
    history = []
    for _ in range(steps):
        counts = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        k = (x + dx, y + dy)
                        counts[k] = counts.get(k, 0) + 1
        cells = {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
        history.append(len(cells))
    return cells, history
r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
cells, hist = life_sets(r_pentomino, 120)
print("r-pentomino populations:", hist[:20], "...", hist[-5:])
xs = [x for x, _ in cells]
ys = [y for _, y in cells]
print("bounding box after 120:", min(xs), max(xs), min(ys), max(ys))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
moved, _ = life_sets(glider, 8)
print("glider after 8:", sorted(moved), "shift:", sorted(moved) == sorted((x + 2, y + 2) for x, y in glider))
