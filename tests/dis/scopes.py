# Scoping corner cases: what is local, global, free or a cell where.
x = 'global'

def f():
    global x
    x = 'changed'
    def g():
        return x
    return g

def outer():
    v = 1
    class C:
        v = 2
        w = v
        def m(self):
            return v
        lst = [v for _ in range(2)]
        gen = (v for _ in range(2))
    return C

class D:
    name = 'd'
    def method(self):
        return __class__, super()
    items = [name for _ in range(1)]
    both = lambda self: name

def cells_in_comp():
    funcs = [lambda: i for i in range(3)]
    vals = [j for j in range(3) if (k := j)]
    return funcs, vals, k

def shadow_super():
    super = None
    class E:
        def m(self):
            return super().m()
    return E

class F[T]:
    attr: T
    def meth[U](self, u: U) -> T:
        return u
    type A = list[T]

def nested_nonlocal():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 1
        return inner
    return mid

def free_and_local():
    y = 1
    class G:
        y = y
        def get(self):
            return y
    return G

[z for z in range(3)]
print({w: w for w in 'ab'})
