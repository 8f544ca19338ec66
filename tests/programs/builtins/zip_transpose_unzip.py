# zip for transposing, pairing, and unzipping
m = [[1, 2, 3], [4, 5, 6]]
t = list(zip(*m))
print(t, [list(r) for r in zip(*t)] == m)
names = ["ann", "bob", "cy"]
ages = [31, 25, 47]
cities = ["Oslo", "Rome", "Lima", "Extra"]
pairs = list(zip(names, ages))
print(pairs, dict(zip(names, ages)), list(zip(names, ages, cities)))
n2, a2 = zip(*pairs)
print(n2, a2, type(n2).__name__)
print(list(zip()), list(zip([])), list(zip(*[])), list(zip("ab", "cd", "ef")))
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest("abc", [1], (True, False), fill="-")))
def pairwise(seq):
    return list(zip(seq, seq[1:]))
print(pairwise([1, 4, 9, 16, 25]), [b - a for a, b in pairwise([1, 4, 9, 16, 25])])
def chunks(seq, n):
    it = iter(seq)
    return list(zip(*[it] * n))
print(chunks(range(10), 3), chunks("abcdefgh", 2))
print(sorted(zip(ages, names)), max(zip(ages, names)), min(zip(ages, names))[1])
scores = {"ann": [90, 80], "bob": [70, 95], "cy": [85, 85]}
for name, (s1, s2) in zip(scores, scores.values()):
    print(f"{name}: {s1}+{s2}={s1 + s2}")
keys, vals = zip(*sorted(scores.items(), key=lambda kv: -sum(kv[1])))
print(keys, vals)
matrix = [[1, 2], [3, 4], [5, 6]]
print([sum(col) for col in zip(*matrix)], [a * b for a, b in zip(*matrix[:2])])
print(list(map(list, zip(*[[1, 2, 3]] * 2))))
z = zip([1, 2, 3], "ab", strict=False)
print(list(z))
