# Spectral norm: the largest singular value of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
# truncated to N x N, by the power method on AᵀA. Exercises float division, small function
# calls in tight loops, list comprehensions, zip and sum.
# Usage: spectral_norm.py [ITERATIONS]
import sys
from math import sqrt

ITERATIONS = 2
N = 100
ROUNDS = 10

# The norm for N, as CPython 3.13 computes it.
EXPECTED = 1.2742199912349303


def entry(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(u):
    n = len(u)
    return [sum(entry(i, j) * uj for j, uj in enumerate(u)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(entry(j, i) * uj for j, uj in enumerate(u)) for i in range(n)]


def times_ata(u):
    return times_transposed(times(u))


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(ROUNDS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return sqrt(vbv / vv)


def main(iterations):
    for _ in range(iterations):
        result = spectral_norm(N)
        if result != EXPECTED:
            raise SystemExit(f"spectral_norm: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"spectral_norm: ok, {iterations} iterations, norm {result:.9f}")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
