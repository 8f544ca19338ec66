#!/usr/bin/env python3
"""Writes tests/data/pow.json: x ** y from CPython 3.13 on glibc, chosen where glibc's pow is
not the correctly rounded result (near points halfway between two doubles) and around them, so
that tests/pow.test.ts checks src/objects/glibc-pow.ts where it matters.

    /root/.pyenv/versions/3.13.0/bin/python scripts/generate-pow-test-data.py

Each case is [bits of x, bits of y, bits of x ** y] (16 hex digits each). The correctly rounded
value is known exactly for integer exponents (fractions), for y = 0.5 (math.sqrt) and y = -1.
"""
import json
import math
import os
import random
import struct
import sys
from fractions import Fraction

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'pow.json')
rng = random.Random(20261121)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def correctly_rounded(x, y):
    if y == 0.5:
        return math.sqrt(x)
    if y == int(y) and abs(y) <= 64:
        return float(Fraction(x) ** int(y))
    return None


def main():
    differing, agreeing = [], []
    while len(differing) < 1500 and len(differing) + len(agreeing) < 3_000_000:
        kind = rng.random()
        if kind < 0.3:
            x, y = rng.uniform(0, 1e6), 2.0
        elif kind < 0.45:
            x, y = rng.uniform(0, 1e6), 0.5
        elif kind < 0.6:
            x, y = rng.uniform(1e-3, 1e3), -1.0
        elif kind < 0.8:
            x, y = rng.uniform(0.5, 20), float(rng.randint(3, 40))
        else:
            x, y = float(rng.randrange(3, 2 ** 20, 2)), float(rng.randint(2, 60))
        try:
            result = x ** y
        except OverflowError:
            continue
        expected = correctly_rounded(x, y)
        if expected is None:
            continue
        case = [bits(x), bits(y), bits(result)]
        if result != expected:
            differing.append(case)
        elif len(agreeing) < 1500:
            agreeing.append(case)
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        json.dump({'differing': differing, 'agreeing': agreeing}, f, indent=0, separators=(',', ':'))
    print(f'wrote {OUT}: {len(differing)} cases where glibc differs from the correctly rounded pow, {len(agreeing)} where it agrees')


if __name__ == '__main__':
    main()
