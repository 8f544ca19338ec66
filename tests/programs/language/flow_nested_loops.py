# Nested loops: grids, flags for breaking out, and exceptions as control flow.

grid = [
    "#########",
    "#S..#...#",
    "#.#.#.#.#",
    "#.#...#E#",
    "#########",
]

# Find start and end
start = end = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
print("start", start, "end", end)

# BFS over the grid
frontier = [start]
dist = {start: 0}
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                nxt.append((nr, nc))
    frontier = nxt
print("distance to end:", dist[end])

# Draw distances
for r, row in enumerate(grid):
    line = ""
    for c, ch in enumerate(row):
        line += str(dist[(r, c)] % 10) if (r, c) in dist else ch
    print(line)

# Breaking out of two loops with a flag
target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("found", found)

# ... or with for/else
for a in range(1, 10):
    for b in range(a, 10):
        if a * a + b * b == 100:
            break
    else:
        continue
    break
print("pythagorean", a, b)

# ... or with an exception
class Found(Exception):
    pass
try:
    for i in range(5):
        for j in range(5):
            for k in range(5):
                if i + j + k == 10 and i < j < k:
                    raise Found(i, j, k)
except Found as f:
    print("triple", f.args)

# Multiplication table
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))

# Pascal's triangle
row = [1]
for n in range(8):
    print(" " * (8 - n) * 2 + "".join(f"{x:4d}" for x in row))
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
