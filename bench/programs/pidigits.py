# Pi digits: the first DIGITS decimal digits of pi from Gibbons' unbounded spigot, which works
# on integers that grow to thousands of digits. Exercises big-integer multiplication,
# addition and floor division.
# Usage: pidigits.py [ITERATIONS]
import sys

ITERATIONS = 1
DIGITS = 2000

# The first digits of pi, and (sum of all DIGITS digits, the last 20) as CPython 3.13
# computes them.
PI_START = "31415926535897932384626433832795028841971693993751"
EXPECTED = (9092, '59958133904780275900')


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def run():
    digits = pi_digits(DIGITS)
    text = ''.join(map(str, digits))
    if not text.startswith(PI_START):
        raise SystemExit(f"pidigits: wrong digits {text[:50]}")
    return sum(digits), text[-20:]


def main(iterations):
    for _ in range(iterations):
        result = run()
        if result != EXPECTED:
            raise SystemExit(f"pidigits: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"pidigits: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
