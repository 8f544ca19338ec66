# `in` uses identity first, then ==; nan, custom __eq__, containers of containers.
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, [nan] == [nan], (nan,) == (nan,))
print(float('nan') in [nan], nan == nan, [nan].count(nan), [nan].index(nan))
other_nan = float('nan')
print(other_nan in [nan], [other_nan] == [nan], {other_nan} == {nan}, {nan} == {nan})
print([nan, 1].count(float('nan')), (nan,).index(nan))
class AlwaysEq:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
class NeverEq:
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 1
ne = NeverEq()
print(ne in [ne], ne in (ne,), ne in {ne}, ne in {ne: 0}, [ne] == [ne], ne == ne)
print(NeverEq() in [ne], [ne].count(ne), [ne].index(ne))
print(AlwaysEq() in [1], AlwaysEq() in {1}, 1 in {AlwaysEq()}, AlwaysEq() in [], [1, 2].index(AlwaysEq()))
print(1 in [1.0], 1.0 in {1}, True in [1], 1 in {True: 'x'}, 0 in [False], '' in [[]])
print([] in [[]], [1] in [[1]], (1,) in {(1,): 2}, 'a' in 'abc', 'ab' in ['abc'])
calls = []
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        calls.append((self.v, getattr(other, 'v', other)))
        return NotImplemented
l1 = Loud(1)
print(l1 in [Loud(2), l1, Loud(3)], calls)
calls.clear()
print(Loud(9) in [Loud(2), 5], calls)
class Weird:
    def __eq__(self, other):
        return 'yes'
print(Weird() in [1], [Weird()] == [1])
class BadBool:
    def __bool__(self):
        raise ValueError('no bool')
class RetBad:
    def __eq__(self, other):
        return BadBool()
try:
    print(RetBad() in [1])
except ValueError as e:
    print('ValueError', e)
class Cont:
    def __contains__(self, x):
        return x == 3
print(3 in Cont(), 4 in Cont(), 3 not in Cont())
class Ret:
    def __contains__(self, x):
        return [x]
print(3 in Ret(), 3 not in Ret())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, nan])
print(2 in IterOnly(), 5 in IterOnly(), nan in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
print(30 in GetItemOnly(), 35 in GetItemOnly())
try:
    1 in 5
except TypeError as e:
    print('TypeError', e)
try:
    [] in {1}
except TypeError as e:
    print('TypeError', e)
try:
    [] in {}
except TypeError as e:
    print('TypeError', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
print([] in set().__class__.__mro__, {1: 2}.__contains__(1))
print(set([1]) in [{1}], {1} in [frozenset({1})], frozenset({1}) in {frozenset({1})})
print({1} in {frozenset({1}): 0})
