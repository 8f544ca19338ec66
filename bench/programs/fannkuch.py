# Fannkuch: for every permutation of 1..N, count the prefix reversals ("pancake flips") until
# 1 comes first; report the maximum and an alternating checksum. Exercises list slicing,
# slice assignment, indexing and integer loops.
# Usage: fannkuch.py [ITERATIONS]
import sys

ITERATIONS = 2
N = 8

# (checksum, maximum flips) for N = 8, as CPython 3.13 computes them.
EXPECTED = (1616, 22)


def fannkuch(n):
    perm = list(range(n))
    counts = list(range(1, n + 1))
    checksum = 0
    max_flips = 0
    parity = 1
    while True:
        first = perm[0]
        if first:
            flipped = perm[:]
            flips = 0
            while first:
                flipped[:first + 1] = flipped[first::-1]
                flips += 1
                first = flipped[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        parity = -parity
        # Next permutation in the counting order the benchmark prescribes: rotate the first
        # r+1 elements left until some counter has not run out.
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            perm[:r + 1] = perm[1:r + 1] + perm[:1]
            counts[r] -= 1
            if counts[r] > 0:
                break
            counts[r] = r + 1
            r += 1


def main(iterations):
    for _ in range(iterations):
        result = fannkuch(N)
        if result != EXPECTED:
            raise SystemExit(f"fannkuch: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"fannkuch: ok, {iterations} iterations, checksum {result[0]}, max flips {result[1]}")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
