# Sites whose operands change kind over time: after enough misses an instruction goes back to
# its generic form and specializes again for what it sees now. Results must not depend on
# which form happens to be in place.
import types

WARM = 200


def add(a, b):
    return a + b


out = []
for phase in range(6):
    for i in range(120):
        if phase % 3 == 0:
            r = add(i, 1)
        elif phase % 3 == 1:
            r = add(i * 0.5, 0.25)
        else:
            r = add(str(i), '!')
    out.append(r)
print(out)


def mul(a, b):
    return a * b


res = []
for i in range(400):
    res.append(mul(i, 2) if i % 2 else mul(1.5, i * 1.0))
print(res[-4:], sum(r for r in res if type(r) is int), sum(r for r in res if type(r) is float))


class A:
    def __init__(self, v):
        self.v = v


class B:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


class C:
    v = 'class attribute'


module = types.ModuleType('mv')
module.v = 'module attribute'
objs = [A(1), B(2), C(), types.SimpleNamespace(v=4), module, A(5)]


def get_v(o):
    return o.v


log = []
for rnd in range(4):
    for o in objs:
        for _ in range(70):
            x = get_v(o)
        log.append(x)
print(log)

# Long runs of one kind between changes of the class the site depends on.
for rnd in range(5):
    for _ in range(60):
        x = get_v(objs[0])
    A.v = property(lambda self: f'property round {rnd}')
    log = [get_v(objs[0])]
    del A.v
    log.append(get_v(objs[0]))
    print(log)


def index(c, i):
    return c[i]


seen = []
containers = [[10, 20, 30], (40, 50, 60), {0: 'd0', 1: 'd1', 2: 'd2'}, 'xyz', range(100, 103)]
for rnd in range(3):
    for c in containers:
        for i in range(60):
            x = index(c, i % 3)
        seen.append(x)
print(seen)


def call(f, x):
    return f(x)


funcs = [len, abs, lambda v: ('lambda', v), str, A, types.SimpleNamespace().__class__, max]
results = []
for f in funcs:
    for i in range(60):
        try:
            r = call(f, [i] if f in (len, max) else -i)
        except TypeError as e:
            r = str(e)
    results.append(r if not isinstance(r, A) else ('A', r.v))
print(results)
