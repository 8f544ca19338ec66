# Chaos game: an iterated function system (a fern-like set of affine maps chosen with fixed
# weights by a seeded random.Random) drives a point that is bent by a quadratic Bezier warp and
# plotted into a character grid. Exercises a small vector class with operator overloading,
# random numbers, bisect and list-of-lists updates.
# Usage: chaos.py [ITERATIONS]
import sys
import random
from bisect import bisect

ITERATIONS = 3
POINTS = 12000
WIDTH, HEIGHT = 64, 48

# (points plotted, distinct cells hit, checksum of the grid) as CPython 3.13 computes them.
EXPECTED = (11980, 1068, 590779390)


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Affine:
    """x' = a x + b y + e, y' = c x + d y + f."""

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Warp:
    """A quadratic Bezier curve in each coordinate, bending the picture a little."""

    def __init__(self, p0, p1, p2):
        self.p0, self.p1, self.p2 = p0, p1, p2

    def at(self, t):
        s = 1.0 - t
        return self.p0 * (s * s) + self.p1 * (2 * s * t) + self.p2 * (t * t)

    def __call__(self, p):
        bend = self.at(p.y / 10.0)
        return Vec(p.x + bend.x * 0.1, p.y + bend.y * 0.05)


MAPS = [
    (0.01, Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.85, Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.07, Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (0.07, Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]


def cumulative(weights):
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


def play(n, seed):
    rng = random.Random(seed)
    bounds = cumulative([w for w, _ in MAPS])
    maps = [m for _, m in MAPS]
    warp = Warp(Vec(0.0, 0.0), Vec(1.5, -0.5), Vec(-1.0, 1.0))
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    p = Vec(0.0, 0.0)
    plotted = 0
    for i in range(n):
        k = bisect(bounds, rng.random() * bounds[-1])
        p = maps[min(k, len(maps) - 1)](p)
        if i < 20:
            continue
        q = warp(p)
        col = int((q.x + 3.0) / 6.5 * WIDTH)
        row = int((11.0 - q.y) / 11.5 * HEIGHT)
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            grid[row][col] += 1
            plotted += 1
    cells = sum(1 for line in grid for c in line if c)
    checksum = 0
    for r, line in enumerate(grid):
        for c, count in enumerate(line):
            checksum = (checksum * 31 + count * (r + 1) + c) % 1000000007
    return plotted, cells, checksum


def main(iterations):
    for _ in range(iterations):
        result = play(POINTS, 1234)
        if result != EXPECTED:
            raise SystemExit(f"chaos: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"chaos: ok, {iterations} iterations, {result[1]} cells")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
