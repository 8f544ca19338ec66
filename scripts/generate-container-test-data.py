#!/usr/bin/env python3
# Writes tests/data/containers.json, the expected values of tests/containers.test.ts, as
# CPython 3.13 computes them: sets' iteration order through random sequences of operations,
# hashes of tuples, frozensets, slices and ranges, and the exact sequence of `<` calls that
# list.sort makes. Inputs are chosen here from a seeded generator; every result comes from CPython.
#
#     PYTHONHASHSEED=0 /root/.pyenv/versions/3.13.0/bin/python scripts/generate-container-test-data.py
#
# Values are encoded as {"b": bool} for bools, {"i": decimal} for ints, {"s": text} for strs, {"t": [...]} for tuples.
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'
assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'containers.json')
rng = random.Random(20241121)

BIG = [2**62, -2**63, 2**64 + 5, 2**61 - 1, 2**61, -2**61 + 1, 12345678901234567, -1, -2]


def rval():
    r = rng.random()
    if r < 0.4:
        return rng.randint(-20, 60)
    if r < 0.5:
        return rng.choice(BIG)
    if r < 0.8:
        return ''.join(rng.choice('abcxyz') for _ in range(rng.randint(0, 4)))
    if r < 0.9:
        return (rng.randint(0, 5), rng.choice(['a', 'b', 3]))
    return rng.randint(0, 5000)


def enc(v):
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    raise TypeError(v)


BINARY = {'or': set.__or__, 'and': set.__and__, 'sub': set.__sub__, 'xor': set.__xor__}
INPLACE = {'ior': set.__ior__, 'iand': set.__iand__, 'isub': set.__isub__, 'ixor': set.__ixor__}
WITH_LIST = {'union': set.union, 'intersection': set.intersection, 'difference': set.difference,
             'symmetric_difference': set.symmetric_difference}


def set_case():
    """Operations on two sets; `out` has what each step prints (a result, then set 0)."""
    first = [rval() for _ in range(rng.randint(0, 30))]
    second = [rval() for _ in range(rng.randint(0, 12))]
    sets = [set(first), set(second)]
    ops = [['new', 0, [enc(v) for v in first]], ['new', 1, [enc(v) for v in second]]]
    out = []
    for _ in range(rng.randint(1, 20)):
        a = rng.randint(0, 1)
        s = sets[a]
        kind = rng.choice(['add', 'add', 'add', 'discard', 'pop', 'binary', 'inplace', 'list', 'update',
                           'copy', 'frozen', 'hash'])
        if kind == 'add':
            v = rval()
            s.add(v)
            ops.append(['add', a, enc(v)])
        elif kind == 'discard':
            v = rng.choice(sorted(s, key=repr)) if s and rng.random() < 0.8 else rval()
            s.discard(v)
            ops.append(['discard', a, enc(v)])
        elif kind == 'pop':
            if not s:
                continue
            s.pop()
            ops.append(['pop', a])
        elif kind == 'binary':
            name = rng.choice(sorted(BINARY))
            out.append(repr(BINARY[name](s, sets[1 - a])))
            ops.append([name, a])
        elif kind == 'inplace':
            name = rng.choice(sorted(INPLACE))
            INPLACE[name](s, sets[1 - a])
            ops.append([name, a])
        elif kind == 'list':
            name = rng.choice(sorted(WITH_LIST))
            items = [rval() for _ in range(rng.randint(0, 10))]
            out.append(repr(WITH_LIST[name](s, items)))
            ops.append([name, a, [enc(v) for v in items]])
        elif kind == 'update':
            items = [rval() for _ in range(rng.randint(0, 10))]
            s.update(items)
            ops.append(['update', a, [enc(v) for v in items]])
        elif kind == 'copy':
            sets[1 - a] = s.copy()
            ops.append(['copy', a])
        elif kind == 'frozen':
            out.append(repr(frozenset(s)))
            ops.append(['frozen', a])
        else:
            out.append(str(hash(frozenset(s))))
            ops.append(['hash', a])
        out.append(repr(sets[0]))
    return {'ops': ops, 'out': out}


def lcg_values(n, bound):
    """n pseudo-random values below bound, from a generator the test repeats in TypeScript."""
    out = []
    state = n
    for _ in range(n):
        state = (state * 75 + 74) % 65537
        out.append(state % bound)
    return out


def sort_values(n, kind):
    if kind == 'random':
        return lcg_values(n, n // 2 + 2)
    # An ascending run, a descending run, then noise: count_run, galloping and merging all matter.
    return list(range(n // 2)) + list(range(n, n // 2, -1)) + lcg_values(20, n + 1)


def sort_case(n, kind):
    """How many `<` calls list.sort makes on sort_values(n, kind), and a checksum of their order."""
    values = sort_values(n, kind)
    calls = []

    class K:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            calls.append((self.v, other.v))
            return self.v < other.v

    cases = []
    for reverse in (False, True):
        calls.clear()
        keys = [K(v) for v in values]
        keys.sort(reverse=reverse)
        cases.append({'n': n, 'kind': kind, 'reverse': reverse, 'calls': len(calls),
                      'checksum': sum((i + 1) * (a * 31 + b) for i, (a, b) in enumerate(calls)) % 1000000007})
    return cases


def hashes():
    values = [(), (1,), (1, 2), (-1, -2), (2**64, 2**61), ('a', (1, 'b')), ((), ((),)),
              tuple(range(40)), ('',), (0, -0, 1, True)]
    tuples = [[[enc(x) for x in t], str(hash(t))] for t in values]
    sets = [[[enc(x) for x in items], str(hash(frozenset(items)))]
            for items in [[], [1], [1, 2, 3], ['a', 'b'], [(1, 2), 3], list(range(100)), [-1, -2, 2**63]]]
    slices = [[[enc(x) for x in s], str(hash(slice(*s)))] for s in [(1, 2, 3), (0, 0, 0), (-1, 2**70, 'x')]]
    ranges = [[[str(x) for x in r], str(hash(range(*r)))] for r in [(0, 10, 2), (1, 100, 7), (2**64, 2**65, 3)]]
    return {'tuples': tuples, 'frozensets': sets, 'slices': slices, 'ranges': ranges}


data = {
    'sets': [set_case() for _ in range(100)],
    'sorts': [c for n in (2, 5, 10, 33, 64, 65, 200, 1000) for kind in ('random', 'runs') for c in sort_case(n, kind)],
    'hashes': hashes(),
}
with open(OUT, 'w') as f:
    json.dump(data, f, separators=(',', ':'))
    f.write('\n')
print(f'wrote {OUT}')
