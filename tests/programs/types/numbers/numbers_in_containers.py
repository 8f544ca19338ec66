# Equal numbers of different types collapse in dicts and sets; order and first key win.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, list(d.keys()), type(list(d)[0]).__name__)
s = {0, 0.0, -0.0, False, 0j, -0j}
print(s, len(s), type(next(iter(s))).__name__)
s2 = {1.0, 1, True}
print(s2, {True, 1, 1.0}, {2 ** 61 - 1, 0} if False else len({2 ** 61 - 1, 0}), {2 ** 61: "a", 1: "b"})
print({10 ** 20: 1, float(10 ** 20): 2}, {2 ** 53 + 1: "a", float(2 ** 53 + 1): "b"})
nan = float("nan")
print(len({nan, nan}), len({float("nan"), float("nan")}), {nan: 1}.get(nan), {nan: 1}.get(float("nan")))
print(1 in {1.0: 0}, 1.5 in {3 / 2}, 0.1 + 0.2 in {0.3}, 2 ** 0.5 * 2 ** 0.5 in {2.0}, (1, 2.0) in {(1.0, 2)}, frozenset([1]) == frozenset([1.0]))
print([1, 2.0, 3j].index(2), [0.0, -0.0].count(0), (1, 1.0, True).count(1), sorted({3, 1.5, -2, True}), sorted([2, 1.0, 1, True, 1.0]))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0, 3 + 0j]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(dict.fromkeys([0.5, 1 / 2, 2 ** -1, 0.25 * 2]), {x: x for x in [5, 5.0, 5 + 0j]}, {x * 1.0 for x in range(5)} == set(range(5)))
print(list({-1: 0, -2: 0}), hash(-1) == hash(-2), {-1, -2}, {-1: "a", -2: "b"}[-2])
print(sorted(set([3, 3.0, 2, 2.0, 1, 1.0])), max({1: 0, 1.5: 0}), min([(1, "b"), (1.0, "a")]))
