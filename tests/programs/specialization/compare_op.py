# COMPARE_OP_INT / COMPARE_OP_FLOAT / COMPARE_OP_STR: comparisons of exact ints, floats and
# (for == and !=) strs. Warm up, then compare other kinds at the same sites.
WARM = 200


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


ops = (lt, le, eq, ne, gt, ge)


def table(a, b):
    return ''.join('T' if op(a, b) else 'F' for op in ops)


for i in range(WARM):
    for op in ops:
        op(i, 100)
print('ints:', table(1, 2), table(2, 2), table(-5, -6))
print('large:', table(2 ** 53, 2 ** 53 + 1), table(2 ** 63, 2 ** 63), table(-2 ** 70, 1), table(10 ** 20, 10 ** 20))
print('mixed:', table(1, 1.0), table(2 ** 53 + 1, float(2 ** 53)), table(1, 1.5), table(True, 1), table(False, 0.0))
print('bool:', table(True, False), table(True, True))

for i in range(WARM):
    for op in ops:
        op(i * 0.5, 50.0)
nan = float('nan')
inf = float('inf')
print('floats:', table(0.5, 1.5), table(0.0, -0.0), table(nan, nan), table(nan, 1.0), table(-inf, -inf), table(inf, 1e308))
print('float/int:', table(float(2 ** 53), 2 ** 53 + 1), table(1e308 * 10, 2 ** 1024), table(0.5, 0))

for _ in range(WARM):
    eq('abc', 'abd')
    ne('x', 'y')
    lt('a', 'b')
print('str ==:', eq('😀', '😀'), eq('😀a', '😀b'), ne('\U0001F600', '😀'), eq('e\u0301', '\u00e9'), eq('', ''))
print('str <:', lt('\uffff', '😀'), lt('😀', '\uffff'), ge('𐀀', '\ufb01'), lt('a', 'ab'), gt('b', 'abc'))


class Eq(str):
    def __eq__(self, other):
        return 'Eq.__eq__'

    __hash__ = str.__hash__


class Weird(int):
    def __lt__(self, other):
        return 'Weird.__lt__'


class F(float):
    def __ge__(self, other):
        return 'F.__ge__'


print(eq(Eq('a'), 'a'), eq('a', Eq('a')), ne('a', Eq('b')), lt(Weird(1), 2), gt(2, Weird(1)), ge(F(1), 0.0), le(0.0, F(1)))
print(eq('a', 1), eq(1, 'a'), ne('a', None), eq(None, None), eq([1], [1]), lt((1, 2), (1, 3)))
for op, a, b in ((lt, 'a', 1), (ge, 1.5, 'x'), (gt, None, 0), (le, [1], (1,))):
    try:
        op(a, b)
    except TypeError as e:
        print('TypeError:', e)


# Results used directly by a conditional jump (COMPARE_OP with its bool conversion).
def count_below(values, limit):
    n = 0
    for v in values:
        if v < limit:
            n += 1
    return n


for _ in range(WARM):
    count_below([1, 2, 3], 2)
print(count_below([1, 2.5, True, 10 ** 30, -inf], 3), count_below(['a', 'b'], 'b'))


class Truthy:
    def __lt__(self, other):
        return [0]


print(count_below([Truthy(), Truthy()], 0))
