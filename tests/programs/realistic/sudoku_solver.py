# Sudoku solver using constraint propagation and backtracking
PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
]

def parse(s):
    return [int(c) for c in s]

def candidates(grid, i):
    r, c = divmod(i, 9)
    used = set(grid[r * 9:r * 9 + 9])
    used.update(grid[c::9])
    br, bc = r // 3 * 3, c // 3 * 3
    for rr in range(br, br + 3):
        used.update(grid[rr * 9 + bc:rr * 9 + bc + 3])
    return [d for d in range(1, 10) if d not in used]

steps = 0
def solve(grid):
    global steps
    best, best_cands = None, None
    for i in range(81):
        if grid[i] == 0:
            cands = candidates(grid, i)
            if not cands:
                return False
            if best is None or len(cands) < len(best_cands):
                best, best_cands = i, cands
                if len(cands) == 1:
                    break
    if best is None:
        return True
    for d in best_cands:
        steps += 1
        grid[best] = d
        if solve(grid):
            return True
    grid[best] = 0
    return False

def show(grid):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = grid[r * 9:r * 9 + 9]
        lines.append(" | ".join(" ".join(str(v) if v else "." for v in row[b:b + 3]) for b in (0, 3, 6)))
    return "\n".join(lines)

def valid(grid):
    units = [list(range(r * 9, r * 9 + 9)) for r in range(9)] + [list(range(c, 81, 9)) for c in range(9)]
    units += [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[i] for i in u) == list(range(1, 10)) for u in units)

for p in PUZZLES:
    g = parse(p)
    print(show(g))
    print()
    steps = 0
    ok = solve(g)
    print("solved" if ok else "no solution", "valid" if valid(g) else "INVALID", "steps:", steps)
    print(show(g))
    print("".join(map(str, g)))
    print("=" * 21)
bad = parse(PUZZLES[0])
bad[1] = 5
print("contradictory puzzle solvable?", solve(bad))
