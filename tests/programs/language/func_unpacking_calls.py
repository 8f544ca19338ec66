# Calling with *iterable and **mapping unpacking.

def box(width, height, depth=1, *, unit="cm", label=None):
    vol = width * height * depth
    return f"{label or 'box'}: {width}x{height}x{depth} {unit} = {vol}"

dims = [2, 3]
opts = {"unit": "in", "label": "crate"}
print(box(*dims))
print(box(*dims, 4))
print(box(*dims, **opts))
print(box(*[1], *[2], *(3,), **{"unit": "m"}, label="multi"))
print(box(**{"width": 5, "height": 6}))

def echo(*args, **kwargs):
    return args, kwargs

print(echo(*"ab", *range(2), 9, *{"k": 1}))
print(echo(**{"a": 1}, **{"b": 2}, c=3))

# Duplicate key between two ** mappings
try:
    echo(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

# Non-string keys
try:
    echo(**{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)

# Unpacking a custom mapping: needs keys() and __getitem__
class Config:
    def __init__(self, **values):
        self._values = values
    def keys(self):
        return list(self._values)
    def __getitem__(self, key):
        return self._values[key] * 10

print(echo(**Config(x=1, y=2)))

# Unpacking a custom iterable
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

print(echo(*Countdown(4)))
print(max(*Countdown(5)), min(*Countdown(3), 7))

# zip(*matrix) transposition
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([list(row) for row in zip(*zip(*matrix))])

# print with unpacking
print(*["a", "b", "c"], sep="|")
print(*range(5))
