# Cells and free variables: arguments that are cells, comprehensions over cells, nested lambdas.
def make_adders(n):
    return [lambda x, i=i: x + i + n for i in range(n)]

def cell_arg(a, b):
    def inner():
        return a + b
    a = 2
    return inner

def comp_cell(items):
    return [lambda: x for x in items]

def comp_in_class_method():
    class K:
        def m(self):
            return [super().__init__ for _ in range(1)]
    return K

def deep():
    x = 1
    def a():
        def b():
            def c():
                return x
            return c
        return b
    return a

def nonlocal_comp():
    total = 0
    def add(items):
        nonlocal total
        total += sum([i for i in items])
        return total
    return add

def walrus_comp(items):
    if any((found := i) > 2 for i in items):
        return found
    return [y := i for i in items], y

def class_sees(outer):
    class C:
        x = outer
        def get(self):
            return outer
    return C

def genexp_closure(n):
    return list(i * n for i in range(n))
