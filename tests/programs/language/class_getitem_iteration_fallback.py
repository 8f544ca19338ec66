# The old sequence protocol: iteration through __getitem__ until IndexError.

class Letters:
    def __init__(self, text):
        self.text = text
        self.calls = []
    def __getitem__(self, index):
        self.calls.append(index)
        return self.text[index].upper()

L = Letters("abc")
print(list(L))
print(L.calls)
print("B" in Letters("abc"), "Z" in Letters("abc"))
for i, ch in enumerate(Letters("hey")):
    print(i, ch)

it = iter(Letters("xy"))
print(type(it).__name__, next(it), next(it), next(it, "end"))

# StopIteration also ends the loop
class StopsEarly:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i * 10
print(list(StopsEarly()))

# KeyError is not caught by the protocol
class KeyErrorSeq:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(KeyErrorSeq())
except KeyError as e:
    print(type(e).__name__, e)

# Unpacking, sum, tuple, zip and join all work with the fallback
class Triple:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return (i + 1) * 111
x, y, z = Triple()
print(x, y, z, sum(Triple()), tuple(Triple()), max(Triple()))
print(list(zip(Triple(), "abc")), "-".join(Letters("def")))
try:
    a, b = Triple()
except ValueError as e:
    print(type(e).__name__, e)

# reversed() needs __len__ as well as __getitem__
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i
print(list(reversed(Seq())))
try:
    reversed(Triple())
except TypeError as e:
    print(type(e).__name__, e)

# Class with __getitem__ receiving ints only from the iterator
class Inspect:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return type(i).__name__
print(list(Inspect()))
