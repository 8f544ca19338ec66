# Combining enumerate, reversed, range, sorted, zip for index bookkeeping
letters = list("python")
for i, ch in reversed(list(enumerate(letters))):
    print(i, ch, end="; ")
print()
print([(i, c) for i, c in enumerate(reversed(letters))])
print([letters[i] for i in range(len(letters) - 1, -1, -2)])
print(sorted(range(len(letters)), key=lambda i: letters[i]))
print([i for i, c in enumerate(letters) if c in "aeiouy"])
positions = {c: i for i, c in enumerate("abracadabra")}
first = {}
for i, c in enumerate("abracadabra"):
    first.setdefault(c, i)
print(positions, first)
ranks = [0] * 6
for rank, idx in enumerate(sorted(range(6), key=lambda i: [30, 10, 50, 20, 40, 60][i]), start=1):
    ranks[idx] = rank
print(ranks)
for lineno, line in enumerate("first\nsecond\n\nfourth".splitlines(), 1):
    print("%3d: %s" % (lineno, line or "<blank>"))
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([matrix[i][i] for i in range(4)], [matrix[i][3 - i] for i in range(4)])
print([[matrix[r][c] for r in reversed(range(4))] for c in range(4)])
print(list(enumerate(range(10, 0, -3), start=100)), list(reversed(range(-5, 5, 3))))
print([(a, b) for a, b in zip(range(5), reversed(range(5))) if a < b])
