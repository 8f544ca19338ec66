# BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT and BINARY_OP_ADD_UNICODE: exact floats and strs.
# Float subclasses (with and without their own operators), signed zeros, infinities and NaN,
# and str subclasses or astral characters at warmed sites.
WARM = 200


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


for i in range(WARM):
    x = i * 0.5
    add(x, 1.5)
    sub(x, 0.25)
    mul(x, 2.0)

print(add(0.1, 0.2), sub(0.3, 0.1), mul(1.1, 1.1), add(1e308, 1e308), mul(1e-200, 1e-200))
print(mul(0.0, -1.0), mul(-0.0, -0.0), sub(0.0, 0.0), sub(-0.0, 0.0), add(-0.0, -0.0), add(-0.0, 0.0))
inf = float('inf')
nan = float('nan')
print(add(inf, -inf), mul(inf, 0.0), sub(inf, inf), add(nan, 1.0), mul(-inf, -1.0))


class Tagged(float):
    def __add__(self, other):
        return 'Tagged.__add__'

    def __radd__(self, other):
        return 'Tagged.__radd__'

    def __rmul__(self, other):
        return 'Tagged.__rmul__'


class Plain(float):
    pass


print(add(Tagged(1), 2.0), add(2.0, Tagged(1)), mul(2.0, Tagged(3)), sub(Tagged(5), 1.0))
print(add(Plain(1), 2.0), type(add(Plain(1), 2.0)).__name__, mul(Plain(2), Plain(3)), type(sub(Plain(2), 1.0)).__name__)
print(add(1.5, 2), add(2, 1.5), mul(1.5, True), sub(2.5, 2 ** 60), mul(0.5, 2 ** 1000) > 1e300)
try:
    mul(1.5, 2 ** 2000)
except OverflowError as e:
    print('OverflowError:', e)
print(add(1j, 1.5), mul(2.0, 1 + 1j))
try:
    add(1.0, 'x')
except TypeError as e:
    print('TypeError:', e)


def concat(a, b):
    return a + b


def join3(a, b, c):
    s = a
    s += b
    s += c
    return s


for _ in range(WARM):
    concat('a', 'b')
    join3('x', 'y', 'z')
print(concat('😀', '😀'), len(concat('😀', 'x')), concat('', ''), concat('é', '\u0301'))
print(join3('𝄞', '-', '\U0010ffff') == '𝄞-\U0010ffff', len(join3('𝄞', '', '𝄞')))


class Loud(str):
    def __add__(self, other):
        return 'Loud.__add__'

    def __radd__(self, other):
        return 'Loud.__radd__'


class Quiet(str):
    pass


print(concat(Loud('p'), 'q'), concat('p', Loud('q')), concat(Quiet('p'), 'q'), type(concat(Quiet('p'), 'q')).__name__)
print(concat(b'a', b'b'), concat([1], [2]), join3((1,), (2,), (3,)), join3(1, 2, 3))
for a, b in (('a', 1), (1, 'a'), ('a', None), ('a', b'b')):
    try:
        concat(a, b)
    except TypeError as e:
        print('TypeError:', e)
