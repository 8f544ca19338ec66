# Tuple comparisons: element-wise == first, then the ordering op on the first difference.
log = []
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('eq %s %s' % (self.v, o.v))
        return self.v == o.v
    def __lt__(self, o):
        log.append('lt %s %s' % (self.v, o.v))
        return self.v < o.v
    def __gt__(self, o):
        log.append('gt %s %s' % (self.v, o.v))
        return self.v > o.v
    def __le__(self, o):
        log.append('le %s %s' % (self.v, o.v))
        return self.v <= o.v
    def __ge__(self, o):
        log.append('ge %s %s' % (self.v, o.v))
        return self.v >= o.v
    __hash__ = None
def run(label, f):
    log.clear()
    r = f()
    print(label, r, log)
a = (V(1), V(2), V(3))
b = (V(1), V(5), V(0))
run('<', lambda: a < b)
run('<=', lambda: a <= b)
run('>', lambda: a > b)
run('>=', lambda: a >= b)
run('==', lambda: a == b)
run('!=', lambda: a != b)
c = (V(1), V(2))
run('prefix <', lambda: c < a)
run('prefix >', lambda: a > c)
run('prefix ==', lambda: a == c)
run('same obj', lambda: a == a)
run('list <', lambda: [V(1), V(2)] < [V(1), V(2)])
run('list <=', lambda: [V(1), V(2)] <= [V(1), V(2)])
x = V(9)
run('identity', lambda: (x, V(1)) < (x, V(2)))
run('empty', lambda: () < (V(1),))
nan = float('nan')
print((nan,) == (nan,), (nan, 1) < (nan, 2), [nan] < [nan], (1, nan) < (1, nan))
print((1, 2) < (1, 2, -1), (1, 2) > (1,), (2,) > (1, 99), ('a', 1) < ('b', 0))
print((1, 'x') == (1.0, 'x'), (1, 'x') < (1.0, 'y'), (True,) == (1,))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    (1, 2) < (1, 'a')
except TypeError as e:
    print('TypeError', e)
print((1, 'a') == (1, 2), (1, 'a') != (1, 2))
class NoEq:
    def __lt__(self, o): return True
n1, n2 = NoEq(), NoEq()
print((n1,) < (n2,), (n1,) < (n1,))
