# LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: a global or builtin read at a cached position,
# guarded by the keys versions of the globals (and builtins) dicts.
import builtins

WARM = 200
counter = 0


def read_counter():
    return counter


def uses_len(x):
    return len(x)


def uses_abs(x):
    return abs(x)


for _ in range(WARM):
    read_counter()
    uses_len([1])
    uses_abs(-1)

counter = 5
print('rebound:', read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print('NameError:', e)
globals()['counter'] = 'via globals()'
print(read_counter())

# A global shadowing a builtin, then removed so the builtin shows again.
len = lambda x: 'global len'
print('shadowed:', uses_len([1]))
del len
print('unshadowed:', uses_len([1, 2]))

# The builtin itself replaced, then removed.
saved_len = builtins.len
saved_abs = builtins.abs
builtins.len = lambda x: 'patched builtins.len'
print(uses_len([1]))
builtins.len = saved_len
print(uses_len([1, 2, 3]))
del builtins.abs
try:
    uses_abs(-3)
except NameError as e:
    print('NameError:', e)
abs = lambda x: 'global abs while the builtin is gone'
print(uses_abs(-3))
del abs
import math
builtins.abs = math.fabs
print(uses_abs(-3))
del builtins.abs
builtins.abs = saved_abs
print(uses_abs(-4))

# Changes through dict methods of globals().
g = globals()


def read_k():
    return kk


kk = 'a'
for _ in range(WARM):
    read_k()
g.pop('kk')
try:
    read_k()
except NameError as e:
    print('NameError:', e)
g.setdefault('kk', 'setdefault')
print(read_k())
g.update(kk='update')
print(read_k())
g['kk'] = 'item'
print(read_k())
del g['kk']
g.update({'zz1': 1, 'zz2': 2, 'kk': 'after more keys'})
print(read_k())
for i in range(40):
    g[f'filler{i}'] = i
print(read_k())
for i in range(40):
    del g[f'filler{i}']
print(read_k())


# A global read inside a loop while the loop body rebinds it.
step = 0


def advance():
    global step
    step += 1
    return step


print([advance() for _ in range(5)])


# Global and builtin names read by a method, a closure and a generator.
class Reader:
    def read(self):
        return (marker, len('xy'))


def outer():
    def inner():
        return marker
    return inner


def gen():
    while True:
        yield marker


marker = 'm1'
r = Reader()
inner = outer()
it = gen()
for _ in range(WARM):
    r.read()
    inner()
    next(it)
marker = 'm2'
print(r.read(), inner(), next(it))
del marker
for f in (r.read, inner, lambda: next(it)):
    try:
        f()
    except NameError as e:
        print('NameError:', e)
