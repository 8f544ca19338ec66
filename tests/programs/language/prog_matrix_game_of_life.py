# Conway's Game of Life on a small torus, with generation history and cycle detection.

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == "#"}

def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}

def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#.
..#
###
""")
rows, cols = 6, 6
cells = glider
seen = {}
for gen in range(30):
    key = frozenset(cells)
    if key in seen:
        print(f"generation {gen} repeats generation {seen[key]} (period {gen - seen[key]})")
        break
    seen[key] = gen
    if gen < 3 or gen % 8 == 0:
        print(f"gen {gen}: {len(cells)} live")
        print(render(cells, rows, cols))
    cells = step(cells, rows, cols)

blinker = parse("###")
b = {(r + 2, c + 1) for r, c in blinker}
states = []
for _ in range(4):
    states.append(sorted(b))
    b = step(b, 5, 5)
print(states[0] == states[2], states[1] == states[3], states[0] != states[1])
print(states[1])

block = parse("##\n##")
print(step(block, 4, 4) == block, len(step(set(), 3, 3)))
