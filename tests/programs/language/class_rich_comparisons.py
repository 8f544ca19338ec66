# Rich comparisons, reflection and total ordering by hand.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def _coerce(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None
    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts == o
    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts < o
    def __le__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.parts <= o
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.2") == "1.2", "1.2" == Version("1.2"))
print(Version("1.2") > Version("1.1"))   # reflected __lt__
print(Version("1.2") >= Version("1.2"))  # reflected __le__
print(Version("1.0") < "1.2")
for label, thunk in [(">= str", lambda: Version("1.2") >= "1.2"),
                     ("str <", lambda: "1.0" < Version("1.2")),
                     ("str >", lambda: "3.0" > Version("1.2"))]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(Version("3") == 3, Version("3") != 3)
try:
    Version("1") < 3
except TypeError as e:
    print(type(e).__name__, e)

# Tracing which method gets called
class T:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented

a, b = T("a"), T("b")
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == b)       # falls back to identity
print(a == a)
print(a != b)       # __ne__ defaults to inverting __eq__

class Sub(T):
    pass
s = Sub("s")
try:
    a < s           # subclass reflected first
except TypeError as e:
    print(type(e).__name__, e)

# Comparisons returning non-bools
class Lazy:
    def __lt__(self, other):
        return "lazy-result"
    def __eq__(self, other):
        return [1, 2]
print(Lazy() < 1, Lazy() == 1, 1 > Lazy())
print(sorted([3, 1, 2], key=lambda x: -x))

# Chained comparisons with custom objects
print(Version("1.0") < Version("1.5") < Version("2.0"))
print(Version("1.0") < Version("3.0") < Version("2.0"))
