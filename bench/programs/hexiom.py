# Hexiom: a hexagonal tile-placing puzzle. Numbered tiles must be placed on the cells of a
# hexagon so that each tile's number equals how many of its neighbours hold tiles; some
# tiles are locked in place. A backtracking search with counting-based pruning finds every
# solution. Exercises recursion, list and dict bookkeeping, tuples and integer tests.
# Usage: hexiom.py [ITERATIONS]
import sys
import random

ITERATIONS = 1
# (hexagon radius, tiles, locked tiles, seed of the random.Random that lays the puzzle out)
PUZZLES = [(3, 11, 1, 7), (3, 12, 2, 11), (3, 10, 1, 3)]

# For each puzzle: the number of solutions and a checksum of them, as CPython 3.13 finds them.
EXPECTED = [(11, 234722), (3, 945627), (148, 702480)]


def hexagon(radius):
    """The cells of a hexagon in axial coordinates, and each cell's neighbours by index."""
    cells = [(q, r) for r in range(-radius + 1, radius)
             for q in range(-radius + 1, radius) if abs(q + r) < radius]
    index = {cell: i for i, cell in enumerate(cells)}
    steps = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
    neighbours = []
    for q, r in cells:
        neighbours.append(tuple(index[q + dq, r + dr] for dq, dr in steps
                                if (q + dq, r + dr) in index))
    return cells, neighbours


def make_puzzle(radius, tiles, locked, seed):
    """Lays tiles out at random, numbers them, and keeps `locked` of them fixed."""
    rng = random.Random(seed)
    cells, neighbours = hexagon(radius)
    occupied = set(rng.sample(range(len(cells)), tiles))
    numbers = {c: sum(1 for n in neighbours[c] if n in occupied) for c in occupied}
    fixed = {c: numbers[c] for c in rng.sample(sorted(occupied), locked)}
    counts = [0] * 7
    for c, v in numbers.items():
        if c not in fixed:
            counts[v] += 1
    return neighbours, counts, fixed


class Solver:
    def __init__(self, neighbours, counts, fixed):
        self.neighbours = neighbours
        self.size = len(neighbours)
        self.counts = counts[:]            # tiles of each number still to place
        self.value = [-2] * self.size      # -2 undecided, -1 empty, else the tile's number
        self.filled = [0] * self.size      # decided neighbours holding a tile
        self.open = [len(n) for n in neighbours]   # undecided neighbours
        self.fixed = fixed
        self.solutions = 0
        self.checksum = 0
        self.left = sum(counts)

    def fits(self, cell, v):
        value = self.value
        if not self.filled[cell] <= v <= self.filled[cell] + self.open[cell]:
            return False
        for n in self.neighbours[cell]:
            if value[n] >= 0 and self.filled[n] + 1 > value[n]:
                return False
        return True

    def can_be_empty(self, cell):
        value = self.value
        for n in self.neighbours[cell]:
            if value[n] >= 0 and self.filled[n] + self.open[n] - 1 < value[n]:
                return False
        return True

    def decide(self, cell, v):
        self.value[cell] = v
        tile = v >= 0
        for n in self.neighbours[cell]:
            self.open[n] -= 1
            if tile:
                self.filled[n] += 1

    def undo(self, cell):
        tile = self.value[cell] >= 0
        self.value[cell] = -2
        for n in self.neighbours[cell]:
            self.open[n] += 1
            if tile:
                self.filled[n] -= 1

    def search(self, cell):
        if cell == self.size:
            self.record()
            return
        fixed = self.fixed.get(cell)
        if fixed is not None:
            if self.fits(cell, fixed):
                self.decide(cell, fixed)
                self.search(cell + 1)
                self.undo(cell)
            return
        remaining_cells = self.size - cell
        if self.left < remaining_cells and self.can_be_empty(cell):
            self.decide(cell, -1)
            self.search(cell + 1)
            self.undo(cell)
        if self.left:
            counts = self.counts
            for v in range(7):
                if counts[v] and self.fits(cell, v):
                    counts[v] -= 1
                    self.left -= 1
                    self.decide(cell, v)
                    self.search(cell + 1)
                    self.undo(cell)
                    self.left += 1
                    counts[v] += 1

    def record(self):
        value = self.value
        for c in range(self.size):
            if value[c] >= 0 and value[c] != self.filled[c]:
                raise SystemExit(f"hexiom: inconsistent solution {value}")
        self.solutions += 1
        digest = 0
        for v in value:
            digest = (digest * 8 + v + 1) % 1000003
        self.checksum = (self.checksum + digest) % 1000003


def solve_all():
    results = []
    for radius, tiles, locked, seed in PUZZLES:
        solver = Solver(*make_puzzle(radius, tiles, locked, seed))
        solver.search(0)
        results.append((solver.solutions, solver.checksum))
    return results


def main(iterations):
    for _ in range(iterations):
        result = solve_all()
        if result != EXPECTED:
            raise SystemExit(f"hexiom: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"hexiom: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
