# Augmented assignment on names, attributes and subscripts.

class Counter:
    def __init__(self):
        self.value = 0
        self.hits = {}

c = Counter()
c.value += 5
c.value -= 2
c.value *= 10
c.value //= 4
c.value **= 2
c.value %= 50
print(c.value)

for word in "a b a c b a".split():
    c.hits[word] = c.hits.get(word, 0) + 1
print(c.hits)
c.hits["a"] += 100
print(c.hits)

# The subscript and object expressions are evaluated only once
calls = []
def obj():
    calls.append("obj")
    return c
def key():
    calls.append("key")
    return "b"
obj().hits[key()] += 1
obj().value += 1
print(calls, c.hits["b"], c.value)

# Bitwise and shift
flags = 0b0000
flags |= 0b0101
flags &= 0b1100 | 0b0100
flags ^= 0b1111
flags <<= 2
flags >>= 1
print(bin(flags), flags)

# Strings, lists, tuples
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]          # in-place: alias sees it
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)           # rebinds: alias doesn't change
print(t, t_alias)

# Augmented assignment through __getitem__/__setitem__ trace
class Traced(dict):
    def __getitem__(self, k):
        print(f"  get {k!r}")
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print(f"  set {k!r} = {v!r}")
        super().__setitem__(k, v)
d = Traced(x=1)
d["x"] += 41
print(d)

# Tuple item augmented assignment: error after the in-place op succeeded
t = ([1], 2)
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# Matrix multiplication operator in-place on a custom class
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v)
m = M(3)
m @= M(4)
print(m.v)

# Float and int mixtures
x = 7
x /= 2
print(x, type(x).__name__)
x //= 1
print(x, type(x).__name__)
try:
    y = 1
    y /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
