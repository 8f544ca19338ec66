# N-Queens: count all solutions and print the first few boards
def solve(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); d1.discard(row - c); d2.discard(row + c)
    place(0)
    return solutions

def count_bits(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return total
    return go(0, 0, 0)

def render(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))

for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions, bit count {count_bits(n)}")
eight = solve(8)
print(render(eight[0]))
print()
print(render(eight[-1]))
print("first five:", eight[:5])
def canonical(sol):
    n = len(sol)
    boards = []
    s = sol
    for _ in range(4):
        boards.append(tuple(s))
        boards.append(tuple(reversed(s)))
        rot = [0] * n
        for r, c in enumerate(s):
            rot[c] = n - 1 - r
        s = rot
    return min(boards)
unique = {canonical(s) for s in eight}
print("unique under symmetry:", len(unique))
print("n=10 via bits:", count_bits(10))
