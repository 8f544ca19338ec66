# Lexicographic comparisons of lists and tuples, including mixed types.
def cmp(a, b):
    out = []
    for name, f in (('<', lambda: a < b), ('<=', lambda: a <= b), ('==', lambda: a == b),
                    ('!=', lambda: a != b), ('>', lambda: a > b), ('>=', lambda: a >= b)):
        try:
            out.append(name + str(f()))
        except Exception as e:
            out.append(name + ':' + type(e).__name__ + ': ' + str(e))
    print(repr(a), repr(b), ' '.join(out))

cmp([1, 2, 3], [1, 2, 4])
cmp([1, 2], [1, 2, 0])
cmp([], [])
cmp([], [0])
cmp((1, 'a'), (1, 'b'))
cmp((1, 2), (1.0, 2.0))
cmp([1, 'a'], [1, 2])
cmp([1, 'a'], [2, 'b'])
cmp([None], [None])
cmp([None], [1])
cmp((1, (2, 3)), (1, (2, 4)))
cmp((1, [2]), (1, (2,)))
cmp([1, 2], (1, 2))
cmp((), [])
cmp([float('nan')], [float('nan')])
n = float('nan')
cmp([n], [n])
cmp((n, 1), (n, 2))
cmp([1, 2], 'ab')
cmp([True], [1])
cmp([[1, 2], [3]], [[1, 2], [3]])
cmp(['abc'], ['abd'])
cmp([b'a'], ['a'])
cmp([1 + 2j], [1 + 2j])
cmp([1 + 2j], [1 + 3j])

class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('  eq', self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print('  lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self): return 'L%d' % self.v
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print((Loud(1),) == (Loud(1),))
print([Loud(5)] > [Loud(4)])
print([Loud(1)] <= [Loud(1)])

class AlwaysEq:
    def __eq__(self, o): return True
    def __repr__(self): return 'AE'
cmp([AlwaysEq(), 1], [2, 1])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]))
print(max([[1, 2], [1, 2, 0], [0, 9]]))
print(min((3, 1), (2, 9), (3, 0)))
