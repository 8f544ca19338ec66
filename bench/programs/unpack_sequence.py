# Unpack sequence: tuples and lists of ten items unpacked into ten names over and over, plus
# swaps, starred targets and nested targets. Exercises UNPACK_SEQUENCE/UNPACK_EX and local
# variable stores.
# Usage: unpack_sequence.py [ITERATIONS]
import sys

ITERATIONS = 10
LOOPS = 10000

# The checksums of the tuple, list and mixed loops, as CPython 3.13 computes them.
EXPECTED = (110000, 110000, 635000)


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    s = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        a, b, c, d, e, f, g, h, i, j = s
        total += b + i
    return total


def unpack_mixed(loops):
    pairs = [(k, k * 2) for k in range(16)]
    x, y = 1, 2
    total = 0
    for n in range(loops):
        x, y = y, x
        a, b = pairs[n & 15]
        first, *middle, last = pairs[n & 7:(n & 7) + 5]
        (p, q), (r, s) = first, last
        head, *tail = middle
        total += a + b + p + q + r + s + len(tail) + head[0] + x
    return total


def run(loops):
    return unpack_tuples(loops), unpack_lists(loops), unpack_mixed(loops)


def main(iterations):
    for _ in range(iterations):
        result = run(LOOPS)
        if result != EXPECTED:
            raise SystemExit(f"unpack_sequence: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"unpack_sequence: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
