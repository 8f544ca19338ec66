# Generators: recursive in-order walks of a binary tree with `yield from`, a pipeline of
# chained generators and generator expressions, and a generator driven by send(). Exercises
# generator creation, resumption, delegation and StopIteration handling.
# Usage: generators.py [ITERATIONS]
import sys

ITERATIONS = 8
DEPTH = 13
PIPELINE = 40000

# (tree walk checksum, pipeline result, running-average checksum) as CPython 3.13 computes them.
EXPECTED = (117469184, 26881228, (474049.892744, 10000))


class Node:
    __slots__ = ('left', 'value', 'right')

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    """A balanced tree holding lo..hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def walk_checksum(tree):
    previous = -1
    total = 0
    for v in walk(tree):
        if v != previous + 1:
            raise SystemExit(f"generators: walk out of order at {v}")
        previous = v
        total += v * (v & 7)
    return total


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(predicate, items):
    for x in items:
        if predicate(x):
            yield x


def pairwise_sums(items):
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev + x
        prev = x


def pipeline(n):
    odd_or_threes = only(lambda x: x % 2 or x % 3 == 0, numbers(n))
    squares = (x * x % 1009 for x in odd_or_threes)
    return sum(pairwise_sums(squares))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def averages(n):
    gen = averager()
    next(gen)
    checksum = 0.0
    for i in range(n):
        checksum += gen.send(i % 97)
    try:
        gen.send(None)
    except StopIteration as stop:
        count = stop.value
    return round(checksum, 6), count


def run():
    tree = build(0, 2 ** DEPTH)
    return walk_checksum(tree), pipeline(PIPELINE), averages(PIPELINE // 4)


def main(iterations):
    for _ in range(iterations):
        result = run()
        if result != EXPECTED:
            raise SystemExit(f"generators: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"generators: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
