# Subclassing list, dict, str, int and tuple.

class History(list):
    def append(self, item):
        super().append((len(self), item))
    def latest(self):
        return self[-1][1] if self else None

h = History()
h.append("open")
h.append("edit")
h.extend(["raw"])           # extend does not call our append
print(h, h.latest(), len(h), type(h[1:]).__name__)

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

d = LowerDict()
d["Name"] = "x"
d.update({"MixedCase": 1})   # update bypasses __setitem__
print(d, d["NAME"], "mixedcase" in d, "MixedCase" in d)
d2 = LowerDict(A=1)          # so does the constructor
print(d2)

class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def __add__(self, other):
        return Shout(str.__add__(self, other))
s = Shout("hello")
print(s, type(s).__name__, s + " world", type(s + "!").__name__)
print(type(s.lower()).__name__, isinstance(s, str), s == "HELLO", len(s))

class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))
    def __repr__(self):
        return f"${int(self) // 100}.{int(self) % 100:02d}"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(1999.6)
print(m, m + 1, m * 2, type(m * 2).__name__, int(m), m == 2000)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p + (5,), tuple(p), p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st, st.peek(), st.pop(), st)
print(Stack.__mro__[1] is list, [Stack([1]) == [1]])
