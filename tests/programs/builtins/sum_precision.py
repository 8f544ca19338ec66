# sum() of floats uses compensated summation in 3.12+
cases = [
    [0.1] * 10,
    [0.1, 0.2, 0.3],
    [1e100, 1.0, -1e100],
    [1.0, 1e100, 1.0, -1e100],
    [1e16, 1.0, 1.0],
    [0.1] * 1000,
    [1 / i for i in range(1, 101)],
    [(-1) ** i / (2 * i + 1) for i in range(1000)],
    [1e308, 1e308, -1e308],
    [float("inf"), 1.0],
    [float("inf"), float("-inf")],
    [3, 0.5, 2, 0.25],
    [2 ** 60, 0.5, -(2 ** 60)],
    [],
]
for c in cases:
    s = sum(c)
    naive = 0.0
    for x in c:
        naive += x
    print(repr(s), repr(naive), s == naive)
print(sum([0.1] * 10, 0.0), sum([0.1] * 10, 1), sum([0.5, 0.25], 10 ** 20))
print(sum([1, 2, 3], 0.0), sum(range(10), 0.5), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum([1j, 0.1, 0.2]), sum([0.1 + 1j] * 10))
print(sum([True] * 5), sum([[1], [2]], [0]), sum([(1,), (2,)], ()))
