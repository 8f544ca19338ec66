# Elementary cellular automata (rules 30, 90, 110, 184) and a 2D majority-vote automaton
def run_rule(rule, width, steps, seed_cells=None):
    table = {tuple(int(b) for b in format(i, "03b")): (rule >> i) & 1 for i in range(8)}
    row = [0] * width
    for c in (seed_cells or [width // 2]):
        row[c] = 1
    history = [row]
    for _ in range(steps - 1):
        row = [table[(row[(i - 1) % width], row[i], row[(i + 1) % width])] for i in range(width)]
        history.append(row)
    return history

for rule in (30, 90, 110):
    hist = run_rule(rule, 63, 24)
    print(f"rule {rule}:")
    for row in hist[:16]:
        print("".join("#" if v else " " for v in row).rstrip())
    print("population per step:", [sum(r) for r in hist])
center = [row[31] for row in run_rule(30, 201, 100)]
print("rule 30 center column bits:", "".join(map(str, center[:64])))
print("as integer:", int("".join(map(str, center[:64])), 2))
traffic = run_rule(184, 40, 12, seed_cells=[0, 1, 2, 5, 6, 9, 10, 11, 12, 20, 21, 30, 33])
for row in traffic:
    print("".join("=" if v else "." for v in row))
flows = [sum(1 for i in range(40) if a[i] and not a[(i + 1) % 40]) for a in traffic]
print("cars moving per step:", flows)
seed = 2024
grid = []
for r in range(16):
    row = []
    for c in range(32):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        row.append(1 if (seed >> 16) % 100 < 48 else 0)
    grid.append(row)
def vote(g):
    h, w = len(g), len(g[0])
    new = []
    for r in range(h):
        new.append([1 if sum(g[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1)) >= 5 else 0 for c in range(w)])
    return new
for step in range(6):
    if step in (0, 5):
        print(f"vote step {step}: ones={sum(map(sum, grid))}")
        print("\n".join("".join("█" if v else "·" for v in row) for row in grid))
    grid = vote(grid)
