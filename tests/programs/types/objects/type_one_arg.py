# type(x) with one argument, and type of built-in values

values = [0, True, 1.5, 1j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(),
          None, NotImplemented, Ellipsis, range(3), slice(1), object(), type, len,
          iter([]), iter(()), iter(""), iter({}), iter(range(2)), reversed([]),
          zip(), map(len, []), filter(None, []), enumerate([]), memoryview(b"")]
for v in values:
    print(type(v).__name__, type(v) is v.__class__)

class M(type):
    pass

class A(metaclass=M):
    pass

print(type(A) is M, type(M) is type, type(type) is type, type(object) is type)

class WithClassProp:
    @property
    def __class__(self):
        return int

w = WithClassProp()
print(type(w).__name__, w.__class__.__name__, isinstance(w, int), isinstance(w, WithClassProp))

def f():
    yield 1

print(type(f).__name__, type(f()).__name__, type(lambda: 0).__name__)
print(type(print).__name__, type([].append).__name__, type(A.mro).__name__)
print(type(int.bit_length).__name__, type(str.join).__name__, type((1).bit_length).__name__)
print(type(type.__dict__["__dict__"]).__name__)
print(type(int.__dict__).__name__)

try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    type(x=1)
except TypeError as e:
    print(e)

# a subclass of type has no one-argument form
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("M(3)", lambda: M(3))
attempt("M('a', 'b')", lambda: M("a", "b"))
attempt("M('a', (), {}, 4)", lambda: M("a", (), {}, 4))
attempt("type(3, x=1)", lambda: type(3, x=1))
attempt("type('a', (), {}, 4)", lambda: type("a", (), {}, 4))
attempt("type.__new__(type, 3)", lambda: type.__new__(type, 3))
attempt("type.__init__(int, 1, 2)", lambda: type.__init__(int, 1, 2))
attempt("type.__init__(int, 1, x=1)", lambda: type.__init__(int, 1, x=1))
print(type.__init__(int, 1), type.__init__(int, 1, 2, 3))

class Meta2(type):
    def __new__(mcs, *args):
        return super().__new__(mcs, *args)

attempt("Meta2(1)", lambda: Meta2(1))
print(type(Meta2("X", (), {})).__name__)
