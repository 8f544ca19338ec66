# list modified during sort, exceptions inside comparisons leave the list consistent.
a = [3, 1, 2]
def key_mutating(v):
    a.append(v)
    return v
try:
    a.sort(key=key_mutating)
except Exception as e:
    print(type(e).__name__, e)
print(a)

b = [5, 4, 3, 2, 1]
class Meddler:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        b.clear()
        return self.v < other.v
    def __repr__(self): return 'M%d' % self.v
b = [Meddler(i) for i in (3, 1, 2)]
try:
    b.sort()
except Exception as e:
    print(type(e).__name__, e)
print(b)

# During sort the list appears empty
c = [3, 1, 2]
seen = []
def peek(v):
    seen.append(len(c))
    return v
c.sort(key=peek)
print(c, seen)

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        seen2.append(list(d))
        return self.v < other.v
    def __repr__(self): return 'C%d' % self.v
seen2 = []
d = [Cmp(2), Cmp(1)]
d.sort()
print(d, seen2)

# exception in __lt__ stops the sort; list still has all elements
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('no 3')
        return self.v < other.v
    def __repr__(self): return 'B%d' % self.v
e = [Bad(i) for i in (5, 3, 1, 4, 2)]
try:
    e.sort()
except ValueError as ex:
    print('caught', ex)
print(sorted(x.v for x in e))

# sorted() makes a copy; modifying original in key is fine
f = [3, 1, 2]
def key2(v):
    f.append(0)
    return v
print(sorted(f, key=key2), len(f))

# __lt__ returning NotImplemented
class NI:
    def __lt__(self, other): return NotImplemented
    def __repr__(self): return 'NI'
try:
    sorted([NI(), NI()])
except TypeError as ex:
    print('TypeError', ex)

# __lt__ returning non-bool values: truthiness is used
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return [1] if self.v < other.v else []
    def __repr__(self): return 'W%d' % self.v
print(sorted([Weird(3), Weird(1), Weird(2)]))
