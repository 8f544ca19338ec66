# range repr/str, equality by sequence, and hash consistent with equality.
for r in (range(0), range(1), range(-3), range(1, 2), range(1, 2, 1), range(1, 2, -1), range(0, 10, 3),
          range(10, 0, -3), range(-5, 5, 5), range(2**70), range(-2**70, 2**70, 2**68)):
    print(repr(r), str(r), len(r) if len(r) < 2**63 else 'huge', list(r)[:4])
pairs = [
    (range(0), range(2, 1)),
    (range(0, 3), range(0, 3, 1)),
    (range(0, 10, 3), range(0, 11, 3)),
    (range(0, 10, 3), range(0, 9, 3)),
    (range(1, 2, 5), range(1, 3, 7)),
    (range(5, 0, -1), range(5, 0, -1)),
    (range(5, 0, -1), range(1, 6)),
    (range(2**64, 2**65, 2**60), range(2**64, 2**65 - 1, 2**60)),
    (range(3), range(4)),
]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else '-')
print({range(0): 'empty'}[range(5, 5)], {range(1, 2): 'one'}[range(1, 5, 10)])
print(range(3) == (0, 1, 2), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(len({range(0), range(1, 1), range(3, 0)}), len({range(1), range(0, 1, 5)}))
class R:
    def __eq__(self, o):
        return 'R.eq'
print(range(1) == R(), R() == range(1))
print(sorted([range(3), range(1)], key=len), max(range(5), key=lambda x: -x))
print(str(range(3)).upper(), f'{range(2)}', '%s' % (range(1, 3),), format(range(1)))
