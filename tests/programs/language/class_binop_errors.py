# NotImplemented dispatch order and unsupported-operand TypeErrors.

class A:
    def __add__(self, other):
        print("  A.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("  A.__radd__")
        return NotImplemented

class B:
    def __add__(self, other):
        print("  B.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("  B.__radd__")
        return "B.__radd__ result"

class SubB(B):
    def __radd__(self, other):
        print("  SubB.__radd__")
        return "SubB wins"

print(A() + B())
print(B() + SubB())     # subclass reflected method tried first
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)

class C:
    pass
ops = [
    ("+", lambda x, y: x + y),
    ("-", lambda x, y: x - y),
    ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y),
    ("//", lambda x, y: x // y),
    ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y),
    ("<<", lambda x, y: x << y),
    (">>", lambda x, y: x >> y),
    ("&", lambda x, y: x & y),
    ("|", lambda x, y: x | y),
    ("^", lambda x, y: x ^ y),
    ("@", lambda x, y: x @ y),
]
for sym, fn in ops:
    try:
        fn(C(), 1)
    except TypeError as e:
        print(sym, "->", e)

try:
    1 + "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "1" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x -= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    y = "a"
    y *= 2.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 4.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] >= (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C() > C()
except TypeError as e:
    print(type(e).__name__, e)
