# Deepcopy: copy.deepcopy of a nested document (dicts, lists, tuples, sets, instances with
# __dict__ and with __slots__, a dataclass, shared and cyclic references), checked for
# equality, independence and preserved sharing. Exercises the copy module's dispatch, the
# memo dict, reduce protocols and isinstance checks.
# Usage: deepcopy.py [ITERATIONS]
import sys
import copy
from dataclasses import dataclass, field

ITERATIONS = 26
RECORDS = 40

# (records copied, objects in the copy, checksum of the copy) as CPython 3.13 computes them.
EXPECTED = (40, 2658, 19570)


class Account:
    def __init__(self, owner, balance, tags):
        self.owner = owner
        self.balance = balance
        self.tags = tags
        self.history = []

    def __eq__(self, other):
        return isinstance(other, Account) and vars(self) == vars(other)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    closed: bool = False


def make_document(n):
    shared_tags = ['shared', 'tag']
    records = []
    for i in range(n):
        account = Account(f"owner{i}", i * 10.5, shared_tags if i % 3 == 0 else [f"t{i}"])
        account.history.append((i, 'open', {'amount': i * 3}))
        shape = Shape(f"shape{i}", [Point(i, j) for j in range(4)], i % 2 == 0)
        records.append({
            'id': i,
            'name': f"record {i}",
            'account': account,
            'shape': shape,
            'values': [i, i + 0.5, str(i), None, True, (i, (i, i))],
            'flags': {i % 5, i % 7, 'x'},
            'frozen': frozenset({i, -i}),
            'bytes': bytes([i % 256, 1, 2]),
        })
    document = {'records': records, 'meta': {'version': (1, 2, 3), 'tags': shared_tags}}
    document['self'] = document                     # a cycle
    records[0]['twin'] = records[-1]['account']     # sharing across records
    return document


def count_objects(obj, seen):
    """Counts the containers and instances reachable from obj once each, atoms every time."""
    if isinstance(obj, (int, float, str, bytes, type(None))):
        return 1
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    total = 1
    if isinstance(obj, dict):
        for k, v in obj.items():
            total += count_objects(k, seen) + count_objects(v, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            total += count_objects(v, seen)
    elif isinstance(obj, Point):
        total += count_objects(obj.x, seen) + count_objects(obj.y, seen)
    elif hasattr(obj, '__dict__'):
        total += count_objects(vars(obj), seen)
    return total


def checksum(document):
    total = 0
    for record in document['records']:
        total += record['id'] + int(record['account'].balance)
        total += sum(p.x * 3 + p.y for p in record['shape'].points)
        total += len(record['flags']) + sum(record['bytes'])
    return total


def run(original):
    duplicate = copy.deepcopy(original)
    if duplicate is original or duplicate['self'] is not duplicate:
        raise SystemExit("deepcopy: cycle not preserved")
    records = duplicate['records']
    if records[0]['account'].tags is not duplicate['meta']['tags']:
        raise SystemExit("deepcopy: sharing not preserved")
    if records[0]['twin'] is not records[-1]['account']:
        raise SystemExit("deepcopy: shared instance not preserved")
    if records[1]['account'] != original['records'][1]['account']:
        raise SystemExit("deepcopy: instances differ")
    for mine, theirs in zip(records, original['records']):
        if mine['account'] is theirs['account'] or mine['shape'] != theirs['shape']:
            raise SystemExit("deepcopy: wrong record copy")
        if mine['frozen'] is not theirs['frozen'] and mine['frozen'] != theirs['frozen']:
            raise SystemExit("deepcopy: wrong frozenset")
    records[2]['account'].history.append('changed')
    if original['records'][2]['account'].history[-1] == 'changed':
        raise SystemExit("deepcopy: copy is not independent")
    return len(records), count_objects(duplicate, set()), checksum(duplicate)


def main(iterations):
    original = make_document(RECORDS)
    for _ in range(iterations):
        result = run(original)
        if result != EXPECTED:
            raise SystemExit(f"deepcopy: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"deepcopy: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
