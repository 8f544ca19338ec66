# Float: many small Point objects built from sin/cos, normalized, then folded into their
# component-wise maximum. Exercises object creation, float attributes, math calls and
# method calls.
# Usage: float.py [ITERATIONS]
import sys
from math import sin, cos, sqrt

ITERATIONS = 3
POINTS = 50000

# repr of the maximum point, as CPython 3.13 computes it.
EXPECTED = '<Point: x=0.8944270587945331, y=1.0, z=0.4472135199540246>'


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x}, y={self.y}, z={self.z}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return repr(best)


def main(iterations):
    for _ in range(iterations):
        result = run(POINTS)
        if result != EXPECTED:
            raise SystemExit(f"float: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"float: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
