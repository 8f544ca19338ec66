# RuntimeError when a dict or set changes during iteration.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
def add_during():
    for k in d:
        d[k + 10] = 'x'
show('add', add_during)
print(len(d))
d = {1: 'a', 2: 'b', 3: 'c'}
def del_during():
    for k in d:
        del d[k]
show('del', del_during)
print(d)
d = {1: 'a', 2: 'b'}
def change_values():
    for k in d:
        d[k] = 'changed'
    return d
show('modify values ok', change_values)
d = {1: 'a', 2: 'b', 3: 'c'}
def del_add():
    for k in d:
        del d[k]
        d[k + 100] = 'n'
show('same size keys changed', del_add)
print(d)
d = {1: 1, 2: 2}
def values_add():
    for v in d.values():
        d[v + 5] = 0
show('values add', values_add)
d = {1: 1, 2: 2}
def items_pop():
    for k, v in d.items():
        d.pop(k)
show('items pop', items_pop)
d = {1: 1, 2: 2}
def clear_during():
    for k in d:
        d.clear()
show('clear', clear_during)
d = {1: 1}
def popitem_add():
    for k in d:
        d.popitem()
        d['z'] = 1
show('popitem add', popitem_add)
d = {1: 1, 2: 2}
def reversed_add():
    for k in reversed(d):
        d[k * 10] = 0
show('reversed add', reversed_add)
d = {1: 1, 2: 2, 3: 3}
def update_same():
    for k in d:
        d.update({1: 'one'})
    return d
show('update existing ok', update_same)
s = {1, 2, 3}
def set_add():
    for x in s:
        s.add(x + 10)
show('set add', set_add)
s = {1, 2, 3}
def set_remove():
    for x in s:
        s.remove(x)
show('set remove', set_remove)
s = {1, 2, 3}
def set_remove_add():
    for x in s:
        s.discard(x)
        s.add(x + 100)
show('set remove add', set_remove_add)
s = {1, 2}
def set_add_existing():
    for x in s:
        s.add(1)
    return s
show('set add existing ok', set_add_existing)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
show('next after change', lambda: next(it))
show('next again', lambda: next(it))
d = {1: 1}
it = iter(d.items())
d[2] = 2
del d[2]
show('size restored', lambda: list(it))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
