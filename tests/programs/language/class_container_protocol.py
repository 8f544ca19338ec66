# __getitem__, __setitem__, __delitem__, __contains__, __len__, __missing__.

class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseVector index out of range")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        i = self._check(key)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, key):
        self.data.pop(self._check(key), None)

    def __len__(self):
        return self.size

    def __contains__(self, value):
        print(f"  __contains__({value!r})")
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

v = SparseVector(10)
v[2] = 5
v[-1] = 7
v[3] = 0
print(v[2], v[9], v[0], v.data)
print(v[1:5], v[::3], v[::-4])
print(5 in v, 6 in v, 0 in v, 6 not in v)
del v[2]
print(v.data, len(v))
for bad in (10, -11, "x"):
    try:
        v[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# Without __contains__, `in` iterates via __getitem__
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
print(16 in Squares(), 15 in Squares(), list(Squares()))

# dict subclass with __missing__
class DefaultCounter(dict):
    def __missing__(self, key):
        return 0
c = DefaultCounter()
for word in "the cat and the hat and the bat".split():
    c[word] = c[word] + 1
print(c, c["dog"], "dog" in c, c.get("dog"))

# Tuple keys and slices with steps passed to __getitem__
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1, 2], r[1:2], r[::2], r[1:2, ::3], r[...], r[:, None])
s = r[1:10:3]
print(s.start, s.stop, s.step, s.indices(5))

try:
    Recorder()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Recorder()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in Recorder.__new__(object)
except TypeError as e:
    print(type(e).__name__, e)
