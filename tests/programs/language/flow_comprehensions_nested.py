# Nested comprehensions: flattening, matrices, cartesian products.

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([x for row in matrix if sum(row) > 6 for x in row if x != 5])

pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])

suits = "SH"
ranks = ["A", "K", "10"]
print([r + s for s in suits for r in ranks])
print({s: [r + s for r in ranks] for s in suits})

# Identity matrix, multiplication table
n = 4
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
table = {(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j}
print(table)

# Flatten a list of lists of varying depth (one level)
nested = [[1, [2]], [], [3, 4], [[5, 6]]]
print([y for x in nested for y in x])

# Nested generator expressions are lazy
log = []
def src(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
gen = ((a, b) for a in src("a", 2) for b in src("b", 2))
print(log)
print(next(gen), log)
print(list(gen), log)

# Only the outermost iterable is evaluated eagerly
log.clear()
g = (x for x in src("outer", 3) if x)
print(log, type(g).__name__)
print(list(g))

# Comprehension with a nested comprehension as condition
words = ["level", "hello", "noon", "abc", "stats"]
print([w for w in words if w == "".join([c for c in reversed(w)])])
print({w: {c for c in w} == set(w) for w in words[:2]})

# Transposing ragged data with zip inside a comprehension
ragged = ["abc", "de", "fghi"]
print(["".join(col) for col in zip(*ragged)])
print([[row[i] if i < len(row) else "-" for row in ragged] for i in range(max(map(len, ragged)))])
