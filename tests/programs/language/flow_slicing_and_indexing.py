# Slicing, negative indices, slice assignment and slice objects.

s = "abcdefghij"
lst = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[-2:-6:-1])
print(s[100:], s[-100:3], s[5:2], repr(s[5:5]), s[::-3])
print(lst[::4], lst[-1::-4], lst[8:2:-2], lst[slice(2, 8, 3)], lst[slice(None, None, -5)])

# Slice assignment: resize, insert, delete
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[2:5] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[:] = "abc"
print(a)

# Slices of tuples, ranges and bytes keep their types
t = (1, 2, 3, 4)
print(t[1:3], type(t[1:3]).__name__, range(10)[2:8:2], b"bytes"[1:4], bytearray(b"xyz")[::-1])

# slice.indices normalises against a length
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -2)]:
    print(sl, sl.indices(10), list(range(*sl.indices(10))))

# Index errors vs slice forgiveness
for idx in [10, -11]:
    try:
        lst[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1] = "X"
except TypeError as e:
    print(type(e).__name__, e)

# Custom __getitem__ receives slice objects; negative steps etc.
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq([self.data[i] for i in range(*key.indices(len(self)))])
        return self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
q = Seq(list("python"))
print(q[1:4], q[::-2], q[-1], q[10:], len(q[::3]))

# Rotations and chunking via slicing
def rotate(xs, k):
    k %= len(xs)
    return xs[k:] + xs[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate("abcdef", 9))
print([lst[i:i + 3] for i in range(0, len(lst), 3)])
