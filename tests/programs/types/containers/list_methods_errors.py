# list methods: index/count/remove/insert/pop and their error messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
show('index 5', lambda: a.index(5))
show('index 5 start', lambda: a.index(5, 5))
show('index 5 start end', lambda: a.index(5, 5, 9))
show('index neg', lambda: a.index(5, -3))
show('index big', lambda: a.index(3, -100, 100))
show('index missing', lambda: a.index(42))
show('index str missing', lambda: a.index('x'))
show('index none', lambda: a.index(None))
show('index noargs', lambda: a.index())
show('index bad start', lambda: a.index(1, 'a'))
show('index bigint', lambda: a.index(1, 10**40))
show('count 5', lambda: a.count(5))
show('count 1.0', lambda: a.count(1.0))
show('count noargs', lambda: a.count())

b = [1, 2, 3, 2]
b.remove(2)
print(b)
show('remove missing', lambda: b.remove(7))
show('remove missing str', lambda: b.remove('a'))

c = []
c.insert(0, 'a')
c.insert(-100, 'b')
c.insert(100, 'c')
c.insert(1, 'd')
c.insert(-1, 'e')
print(c)
show('insert 1 arg', lambda: c.insert(1))
show('insert bad', lambda: c.insert('x', 1))
c.insert(True, 'T')
print(c)

d = [10, 20, 30, 40]
show('pop', lambda: d.pop())
show('pop 0', lambda: d.pop(0))
show('pop -1', lambda: d.pop(-1))
show('pop 5', lambda: d.pop(5))
show('pop -5', lambda: d.pop(-5))
show('pop str', lambda: d.pop('0'))
print(d)
d.pop()
show('pop empty', lambda: d.pop())
show('pop empty 0', lambda: d.pop(0))

e = [1, 2]
e.append([3])
e.extend('ab')
e.extend(range(2))
e.extend({'k': 1})
print(e)
show('extend int', lambda: e.extend(5))
show('append 2', lambda: e.append(1, 2))
e.extend(e)
print(e)
e.clear()
print(e)

f = [3, 1, 2]
f.reverse()
print(f, f.reverse())
g = f.copy()
g.append(9)
print(f, g)
print([].copy(), [[1]].copy()[0] is [[1]][0])

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print('eq called', self.v, other)
        return self.v == other
h = [1, 2, 3]
print(h.index(Eq(2)))
print(h.count(Eq(3)))
h.remove(Eq(1))
print(h)
print(Eq(3) in h)
