# Builtins working through user-defined protocols
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __reversed__(self):
        return iter(self.items[::-1])
    def __bool__(self):
        return bool(self.items)
b = Bag(3, 1, 2)
print(len(b), list(b), sorted(b), sum(b), min(b), max(b), 2 in b, 9 in b, list(reversed(b)), b[0], b[-1], b[1:])
print(tuple(b), set(b), dict.fromkeys(b), list(enumerate(b)), list(zip(b, "abc")), any(b), all(b), bool(Bag()))
print(", ".join(map(str, b)), [x * 2 for x in b], list(filter(lambda v: v > 1, b)))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i
print(list(OnlyGetitem()), 9 in OnlyGetitem(), 10 in OnlyGetitem(), sum(OnlyGetitem()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), list(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v + 1000
    def __float__(self):
        return self.v + 0.5
    def __complex__(self):
        return complex(self.v, 1)
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __round__(self, nd=None):
        return "round(%r)" % nd
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(3)
print(int(n), float(n), complex(n), abs(Num(-4)), -n, round(n), round(n, 2), hex(n), bin(n), "abcdef"[n], [0] * n, range(n), "ab" * n)
print([10, 20, 30, 40, 50][Num(1):Num(4)], divmod(17, 5), pow(2, int(n)))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
cs = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(cs), min(cs), max(cs), Cmp(1) in cs, cs.index(Cmp(2)), cs.count(Cmp(3)), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError", e)
class Hashable:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
    def __repr__(self):
        return "H(%r)" % self.k
print({Hashable(1), Hashable(1), Hashable(2)}, {Hashable("a"): 1}[Hashable("a")])
