# dis.dis(f, adaptive=True) after warm-up shows the specialized instructions: for these simple
# functions Taipan picks the same specializations as CPython.
import dis

WARM = 200


def arith(a, b):
    return a + b * 2 - a


def farith(a, b):
    return a * b + a - b


def strcat(a, b):
    return a + b


def cmp(a, b):
    return a < b


def cmpf(a, b):
    return a <= b


def cmps(a, b):
    return a == b


def truthy(x):
    if x:
        return 1
    return 0


def glob():
    return len(GL) + GV


GL = [1, 2]
GV = 3


def subs(l, t, d):
    return l[0] + t[1] + d['k']


def stores(l, d):
    l[0] = 1
    d['k'] = 2


def contains(s, d):
    return (1 in s) + (2 in d)


def unpack(t, l):
    a, b = t
    c, d, e = l
    return a + b + c + d + e


def loop(l, t):
    s = 0
    for x in l:
        s += x
    for y in t:
        s += y
    return s


class P:
    def __init__(self):
        self.x = 1

    def m(self):
        return self.x


def attrs(p):
    p.x = 2
    return p.x + p.m()


def calls(l):
    l.append(1)
    return len(l) + isinstance(l, list)


def callpy(a):
    return arith(a, 1)


for i in range(WARM):
    arith(i, 2)
    farith(1.5, 2.5)
    strcat('a', 'b')
    cmp(i, 3)
    cmpf(1.5, 2.5)
    cmps('a', 'b')
    truthy(i)
    glob()
    subs([1], (1, 2), {'k': 1})
    stores([0], {})
    contains({1}, {2: 0})
    unpack((1, 2), [1, 2, 3])
    loop([1, 2], (3, 4))
    attrs(P())
    calls([])
    callpy(i)
for f in (arith, farith, strcat, cmp, cmpf, cmps, truthy, glob, subs, stores, contains, unpack, loop, attrs, calls, callpy):
    dis.dis(f, adaptive=True)
