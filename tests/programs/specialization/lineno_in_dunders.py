# Python code called from inside an instruction (a __len__, __hash__, __eq__, __getattr__,
# __index__ …) sees its caller's frame on the line being run: sys._getframe(1).f_lineno and
# warnings with stacklevel=2 name that line, whether the instruction is generic or specialized.
import sys
import warnings

WARM = 200


def caller_line():
    return sys._getframe(2).f_lineno


class Probe:
    def __len__(self):
        return caller_line()

    def __hash__(self):
        print('  __hash__ called from line', caller_line())
        return 1

    def __eq__(self, other):
        print('  __eq__ called from line', caller_line())
        return False

    def __index__(self):
        print('  __index__ called from line', caller_line())
        return 0

    def __getattr__(self, name):
        return caller_line()

    def __add__(self, other):
        return caller_line()

    def __lt__(self, other):
        return caller_line()

    def __bool__(self):
        print('  __bool__ called from line', caller_line())
        return True

    def __iter__(self):
        print('  __iter__ called from line', caller_line())
        return iter((1, 2))


def uses_len(x, first):
    a = 1
    if first:
        return len(x)
    b = 2
    return len(x)


def uses_dict(x, d):
    n = len(d)
    if x in d:
        n += 1
    n += d.get(x, 0)
    return n


def uses_subscr(d, k, lst):
    a = 0
    lst[k] = 1
    return d[k]


def uses_attr(o):
    q = 0
    return o.missing


def uses_ops(a, b):
    x = a + b
    y = a < b
    if a:
        pass
    p, r = a
    return x, y


for _ in range(WARM):
    uses_len([1], True)
    uses_len([], False)
    uses_dict(1, {1: 2})
    uses_subscr({0: 1}, 0, [0])
    uses_attr(type('T', (), {'missing': 1})())
    uses_ops((1, 2), (3,))

print(uses_len(Probe(), True), uses_len(Probe(), False))
print(uses_dict(Probe(), {1: 2}))
try:
    uses_subscr({1: 1}, Probe(), [0])
except KeyError:
    print('KeyError')
print(uses_attr(Probe()))
print(uses_ops(Probe(), 1))


class Warns:
    def __len__(self):
        warnings.warn('len warning', stacklevel=2)
        return 0


def show(message, category, filename, lineno, file=None, line=None):
    print('warning on line', lineno, message)


warnings.simplefilter('always')
warnings.showwarning = show
for _ in range(2):
    uses_len(Warns(), True)
    uses_len(Warns(), False)
