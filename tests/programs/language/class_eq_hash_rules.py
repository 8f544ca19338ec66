# __eq__ and __hash__: defining __eq__ sets __hash__ to None.

class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

class EqAndHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, EqAndHash):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"EqAndHash({self.v})"

p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))

print(EqOnly.__hash__)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): "x"}
except TypeError as e:
    print(type(e).__name__, e)

s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), sorted(x.v for x in s))
d = {EqAndHash("k"): 1}
d[EqAndHash("k")] = 2
print(d)
print(EqAndHash(3) == 3, EqAndHash(3) != 3)

# Explicitly unhashable
class Mutable:
    __hash__ = None
print(isinstance(Mutable(), object), Mutable.__hash__)
try:
    hash(Mutable())
except TypeError as e:
    print(type(e).__name__, e)

# Subclass that defines __eq__ loses inherited __hash__
class Base:
    def __hash__(self):
        return 7
class Child(Base):
    def __eq__(self, other):
        return True
print(hash(Base()), Child.__hash__)

# Restoring a hash in a subclass
class Child2(Child):
    __hash__ = Base.__hash__
print(hash(Child2()))

# Hash of builtins is consistent with equality
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print({1: "int", 1.0: "float", True: "bool"})
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**20))
