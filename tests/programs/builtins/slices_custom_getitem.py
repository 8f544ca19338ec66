# __getitem__ receives ints, slices and tuples
class Probe:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
p = Probe()
print(p[0], p[-1], p[1:2], p[:], p[::2], p[1:], p[:5], p[::-1], p[1:2:3], p[None:None], p["a":"b"])
print(p[1, 2], p[1:2, 3], p[..., 0], p[()], p[:, :], p[[1, 2]], p[1.5], p[{}] if False else "")
p[0] = "zero"
p[1:3] = [1, 2]
p[::2, 1] = None
del p[5]
del p[2:]
s = p[3:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(6), s.indices(100))
for length in (0, 1, 5, 10):
    for sl in (slice(None), slice(-3, None), slice(None, None, -1), slice(2, -2), slice(-100, 100, 3), slice(10, 0, -4)):
        print(length, sl, sl.indices(length), len(range(*sl.indices(length))))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[idx]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[:, 0], m[::2, 1], m[0][::-1], m[-1, -1], m[1:, 1:])
try:
    hash(slice(1, 2))
    print("slice hashable", hash(slice(1, 2)) == hash(slice(1, 2)))
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) < slice(1, 3), slice(0, 1, None) == slice(0, 1), repr(slice("a", [1], None)))
