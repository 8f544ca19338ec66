# pprint: wrapping of dicts, lists, tuples, sets, strings and bytes; indent, width, depth, compact, sort_dicts,
# underscore_numbers; recursion; dataclasses; saferepr/isreadable/isrecursive.
import pprint
from dataclasses import dataclass
data = {'name': 'Taipan', 'versions': list(range(30)), 'nested': {'z': [1, 2, {'deep': 'x' * 50}], 'a': (1, 2), 'm': {3, 1, 2}},
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'empty': {}, 'bytes': b'\x00\x01abcdefghij' * 8, 't1': (5,)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({'b': 2, 'a': 1, 'c': [3, 2, 1]}), pprint.pformat({'b': 2, 'a': 1}, sort_dicts=False))
pprint.pp({'b': 2, 'a': 1})
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=2)
pprint.pprint(10**30, underscore_numbers=True)
a = [1, 2]
a.append(a)
print(pprint.saferepr(a)[:30], pprint.isrecursive(a), pprint.isreadable([1, 2]), pprint.isreadable(object()))
print(pprint.pformat('short'), pprint.pformat('word ' * 30))
pprint.pprint({'key': 'value ' * 20, 'k2': frozenset(range(25)), 'k3': set()})
pprint.pprint(('a' * 30, 'b' * 30, 'c' * 30))


@dataclass
class Point:
    x: int
    y: list


pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(1, [2])], width=10)
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
pprint.pprint({i: str(i) * i for i in range(12)})
pprint.pprint([{'id': i, 'tags': ['t' + str(j) for j in range(i)]} for i in range(6)], width=60)
