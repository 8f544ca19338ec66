# BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT: small ints added, subtracted and multiplied inline.
# Results beyond 2**53 must stay exact, 0 * -n must be 0 (not -0), and operands of other
# kinds at a warmed site must behave as the generic operator.
import math

WARM = 200


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def iadd(a, b):
    a += b
    return a


def sign_of_zero(x):
    # An int -0 would show up once turned into a float.
    return math.copysign(1.0, float(x))


for i in range(WARM):
    add(i, 1)
    sub(i, 1)
    mul(i, 3)
    iadd(i, 2)

# Past 2**53 (where doubles stop being exact) and far beyond.
print(add(2 ** 52, 2 ** 52), add(2 ** 53, 1), add(2 ** 53 - 1, 1), add(-2 ** 53, -1))
print(sub(-2 ** 53, 1), sub(2 ** 53, -1), sub(0, 2 ** 53 + 1))
print(mul(2 ** 30, 2 ** 30), mul(-(2 ** 27), 2 ** 27), mul(3 ** 20, 3 ** 20), mul(94906267, 94906267))
print(mul(2 ** 26 + 1, 2 ** 27 + 1), mul(-3, 3002399751580331), iadd(9007199254740991, 2))
print(add(2 ** 70, 1), sub(2 ** 70, 2 ** 70), mul(2 ** 40, 2 ** 40) // 2 ** 80, add(-2 ** 64, 2 ** 64))
x = 1
for _ in range(70):
    x = mul(x, 3)
print(x, x % 1000007)
y = 0
for _ in range(WARM):
    y = add(y, 2 ** 50)
print(y, type(y).__name__)

# Zero signs: ints have no -0.
print(mul(0, -5), mul(-5, 0), sub(0, 0), add(0, -0), iadd(0, 0))
print(sign_of_zero(mul(0, -5)), sign_of_zero(mul(-7, 0)), sign_of_zero(sub(5, 5)), sign_of_zero(add(-3, 3)))
print(str(float(mul(0, -1))), repr(mul(0, -1) * 1.0), 1 / (float(mul(0, -9)) + 0.5))
a, b = 0, -3
print(sign_of_zero(a // b), sign_of_zero(a % b), sign_of_zero(-a), sign_of_zero(int(-0.5)), sign_of_zero(round(-0.4)))

# Other operands at the warmed sites.
print(add(True, True), add(True, 1), sub(False, True), mul(True, -7), type(add(True, 1)).__name__)
print(add(1, 2.5), add(2.5, 1), sub(1, 0.5), mul(3, 0.5), mul(-0.0, 3), mul(0, -1.5))
print(add('a', 'b'), mul('ab', 3), mul(3, [0]), add([1], [2]), add((1,), (2,)))


class MyInt(int):
    def __add__(self, other):
        return 'MyInt.__add__'

    def __rsub__(self, other):
        return 'MyInt.__rsub__'


class PlainSub(int):
    pass


print(add(MyInt(1), 2), sub(5, MyInt(1)), add(PlainSub(2), 3), type(add(PlainSub(2), 3)).__name__)
for op, l, r in ((add, 1, 'a'), (sub, 'a', 1), (mul, [1], 1.5), (add, None, 1)):
    try:
        op(l, r)
    except TypeError as e:
        print('TypeError:', e)
try:
    mul('x', 2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
