# sum(): start values, mixed types, float precision (compensated summation), errors.
print(sum([]), sum([], 5), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum(x * x for x in range(10)), sum([], start=7), sum([1], start=-1))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]), sum([1.0, 1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]), sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]), sum([float("nan"), 1.0]))
print(sum([1, 2.5, 3]), sum([2**64, 0.5]), sum([1.5, 2**64]), sum([1j, 2.5, 3]), sum([True, 2.5]), sum([0.1] * 3, 0.0), sum([0.1] * 3, 1))
print(sum([1e16, 1.0, 1.0]), sum([1.0, 1e16, -1e16]), sum([2.0**53, 1.0, 1.0]), sum([1e-16] * 10, 1.0), sum([3.0, 1e-16, -3.0]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([-0.0, -0.0], -0.0), sum([], -0.0), sum([0.0], -0.0), sum([-0.0, 0.0], -0.0))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], [0]))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray()), ([1, "a"],), (["a"],), ([[1]],), ([1], None)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    sum(1)
except TypeError as e:
    print("TypeError", e)
try:
    sum()
except TypeError as e:
    print("TypeError", e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print("TypeError", e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
    def __radd__(self, other):
        return Acc(other + self.v)
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
print(sum([Acc(1), Acc(2)]), sum([Acc(1), 5], Acc(10)), sum([1, 2, Acc(3)]))
vals = [0.1 * i for i in range(1, 50)]
print(sum(vals), sum(vals, 0.5), sum(reversed(vals)), sum(vals[::-1]) == sum(vals))
print(sum([10**20, 1.5, -10**20]), sum([1.5, 10**20, -10**20]), sum([2**1000, -2**1000, 0.25]))
try:
    print(sum([1.0, 10**400]))
except OverflowError as e:
    print("OverflowError", e)
print(sum([1, 2**62, 2**62]), sum(range(10**6, 10**6 + 1000)), sum([True] * 5), type(sum([True, False])).__name__)
print(sum([1.5, 2], 1j), sum([complex(0.1, 0.1)] * 10), sum(iter([1.0, 2.0]), 0.5), sum({1: 2, 3: 4}), sum({1.5, 2.5}))
