# N-queens: every placement of N non-attacking queens on an N x N board, found by a recursive
# generator that tracks attacked columns and diagonals in sets. Exercises generators,
# recursion, set membership and tuple building.
# Usage: nqueens.py [ITERATIONS]
import sys

ITERATIONS = 60
N = 8

# For N = 8: the number of solutions, the first and the last in the order they are found.
EXPECTED = (92, (0, 4, 7, 5, 2, 6, 1, 3), (7, 3, 0, 2, 5, 1, 6, 4))


def place(n, row, columns, rising, falling, placed):
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in columns or row + col in rising or row - col in falling:
            continue
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        placed.append(col)
        yield from place(n, row + 1, columns, rising, falling, placed)
        placed.pop()
        falling.remove(row - col)
        rising.remove(row + col)
        columns.remove(col)


def solve(n):
    solutions = list(place(n, 0, set(), set(), set(), []))
    # Check each solution independently of how it was found.
    for queens in solutions:
        for r1 in range(n):
            for r2 in range(r1 + 1, n):
                c1, c2 = queens[r1], queens[r2]
                if c1 == c2 or abs(c1 - c2) == r2 - r1:
                    raise SystemExit(f"nqueens: attacking queens in {queens}")
    return len(solutions), solutions[0], solutions[-1]


def main(iterations):
    for _ in range(iterations):
        result = solve(N)
        if result != EXPECTED:
            raise SystemExit(f"nqueens: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"nqueens: ok, {iterations} iterations, {result[0]} solutions")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
