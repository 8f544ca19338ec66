# list and tuple subclasses: overridden methods, attributes, operations returning base types.
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'mine'
    def __repr__(self):
        return 'MyList(' + super().__repr__() + ')'
m = MyList([3, 1, 2])
print(m, m.tag, len(m), type(m).__name__, isinstance(m, list))
m.sort()
print(m, m[0], m[-1])
print(type(m[:]).__name__, type(m + m).__name__, type(m * 2).__name__, type(m.copy()).__name__)
print(m == [1, 2, 3], [1, 2, 3] == m, m == MyList([1, 2, 3]), m < [1, 2, 4])
print(list(m), sorted(m, reverse=True), list(reversed(m)))
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st, st.peek(), st.pop(), st)
class NoisyAppend(list):
    def append(self, v):
        print('append', v)
        super().append(v * 2)
na = NoisyAppend()
na.append(3)
na.extend([4])
na += [5]
na.insert(0, 0)
print(na)
class Lenny(list):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(['overridden'])
    def __getitem__(self, i):
        return 'item'
ln = Lenny([1, 2])
print(len(ln), list(ln), ln[0], bool(ln), repr(ln), tuple(ln), [*ln], sorted(ln))
print(list.__len__(ln), list.__getitem__(ln, 0))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p + p).__name__, p + (3,))
print({p: 'pt'}[(1, 2)], tuple(p), type(p[:]).__name__, p.count(1), p.index(2))
x, y = p
print(x, y)
class TupleEq(tuple):
    def __eq__(self, other):
        return True
    __hash__ = tuple.__hash__
print(TupleEq((1,)) == (2,), (2,) == TupleEq((1,)), TupleEq((1,)) in [(5,)])
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
m.extra = 5
print(m.extra, m.__dict__)
class Slotted(list):
    __slots__ = ('a',)
sl = Slotted([1])
sl.a = 2
try:
    sl.b = 3
except AttributeError as e:
    print('AttributeError', e)
print(sl, sl.a)
print(MyList.__mro__[1].__name__, issubclass(Point, tuple), Point.__bases__[0].__name__)
class Deflt(list):
    pass
d = Deflt('abc')
d[1:2] = 'XY'
print(d, type(d).__name__)
print([] == Deflt(), Deflt() == [], Deflt([1]) != [1])
