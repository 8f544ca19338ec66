# list multiplication shares references
row = [0] * 3
grid = [row] * 3
grid[1][1] = 5
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[1][1] = 5
print(grid2, grid2[0] is grid2[2])
lists = [[]] * 4
lists[0].append("x")
print(lists)
lists[1] = ["own"]
lists[2] += ["more"]
print(lists)
dicts = [{}] * 2
dicts[0]["k"] = 1
print(dicts)
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a
c = c + [4]
print(a, c, a is c)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
s = "ab"
s2 = s
s2 += "c"
print(s, s2)
x = [1, 2, 3]
y = x[:]
y[0] = 100
print(x, y)
z = list(x)
z.append(4)
print(x, z)
m = [[1, 2], [3, 4]]
shallow = m[:]
shallow[0][0] = "changed"
shallow[1] = "replaced"
print(m, shallow)
def deep(obj):
    if isinstance(obj, list):
        return [deep(o) for o in obj]
    if isinstance(obj, dict):
        return {k: deep(v) for k, v in obj.items()}
    return obj
orig = {"a": [1, [2, 3]], "b": {"c": [4]}}
cp = deep(orig)
cp["a"][1].append(99)
cp["b"]["c"].clear()
print(orig, cp)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(r) for r in zip(*matrix)]
print(matrix, transposed)
flat = [v for r in matrix for v in r]
print(flat, flat * 0, [flat[i:i + 4] for i in range(0, len(flat), 4)])
