# dict and set: error messages, and changes during iteration.
def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}.popitem())
t(lambda: {}.pop(1))
t(lambda: {}[[]])
t(lambda: {}['a'])
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(1))
t(lambda: dict(1, 2))
t(lambda: {} < {})
t(lambda: hash({}))
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {}.get())
t(lambda: {}.keys(1))
t(lambda: {}.update(1))
d = {'a': 1, 'b': 2}
def f1():
    for k, v in d.items():
        d['c'] = 3
t(f1)
d = {'a': 1, 'b': 2}
def f2():
    for v in d.values():
        del d['a']
t(f2); print(d)
s = {1, 2, 3}
def f3():
    for x in s:
        s.discard(x)
t(f3); print(s)
def f4():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(f4)
