# array.array construction: every typecode, its item size and range, the initializers (list,
# tuple, bytes, str, iterables, other arrays), and CPython's errors for bad typecodes and items.
import array

print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
print([(c, array.array(c).itemsize) for c in array.typecodes if c != 'u'])

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2 ** 15, 2 ** 15 - 1), 'H': (0, 2 ** 16 - 1),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
          'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}


def attempt(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)


for code, (lo, hi) in limits.items():
    print(code, array.array(code, [lo, hi, 0, True]))
    for bad in [lo - 1, hi + 1, 2 ** 70, -2 ** 70, 40000, -40000, 2 ** 40, 1.0, '1', None]:
        print('  ', repr(bad), attempt(lambda: array.array(code, [bad])))

print(array.array('f', [0.1, 1 / 3, 16777217, 1e300, -1e-50, 3.4028235e38, float('nan'), -0.0]))
print(array.array('d', [0.1, 1 / 3, 16777217, 1e300, -1e-50, 2, True, float('-inf')]))
for bad in ['1.5', None, 10 ** 400, 1j]:
    print(repr(bad), attempt(lambda: array.array('d', [bad])), attempt(lambda: array.array('f', [bad])))


class Index:
    def __index__(self):
        return 7


class Float:
    def __float__(self):
        return 2.5


print(array.array('i', [Index()]), array.array('Q', [Index()]), array.array('d', [Float(), Index()]))
print(attempt(lambda: array.array('i', [Float()])))

# Initializers.
print(array.array('i', (1, 2, 3)), array.array('h', range(5)), array.array('b', (x * 2 for x in range(4))))
print(array.array('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'), array.array('B', bytearray(b'abc')), array.array('H', b''))
print(array.array('d', array.array('i', [1, 2])), array.array('i', array.array('i', [5, 6])), array.array('q', {3: 'x', 4: 'y'}))
print(array.array('w', 'abc\U0001F600é'), array.array('w', ['x', 'y']), array.array('w', iter('hi')), array.array('w'))
print(array.array('i'), array.array('d', []), repr(array.array('w', '')))
for src in ["array.array()", "array.array('x')", "array.array('ii')", "array.array('')", "array.array(1)",
            "array.array(b'i')", "array.array('i', [1], 3)", "array.array('i', x=1)", "array.array(typecode='i')",
            "array.array('i', 'abc')", "array.array('x', 'abc')", "array.array('x', 5)", "array.array('i', 5)",
            "array.array('i', b'\\x01\\x00')", "array.array('i', array.array('w', 'a'))",
            "array.array('i', array.array('d', [1.5]))", "array.array('w', [1])", "array.array('w', ['ab'])",
            "array.array('w', [b'a'])", "array.array('w', ['😀'])", "array.array('d', 'abc')"]:
    print(src, attempt(lambda: eval(src)))


class MyArray(array.array):
    def __init__(self, typecode, data=(), scale=1):
        self.scale = scale


m = MyArray('i', [1, 2, 3], scale=2)
print(m, type(m).__name__, m.scale, m.typecode, isinstance(m, array.array), m[1:], type(m[1:]).__name__)
print(type(m + m).__name__, type(m * 2).__name__, type(m.__copy__()).__name__)


class Plain(array.array):
    pass


print(Plain('d', [1.5]), attempt(lambda: Plain('d', [1.5], x=1)))
from collections.abc import MutableSequence, Sequence
print(isinstance(array.array('i'), MutableSequence), issubclass(array.array, Sequence))
print(attempt(lambda: hash(array.array('i'))), array.array.__hash__)
print(array.array.__doc__.splitlines()[0], array.array.__class_getitem__(int), array.array[float])
