# Closure cells: sharing, rebinding, loops, and the implicit __class__ cell.

def make_pair():
    shared = []
    def add(x):
        shared.append(x)
        return len(shared)
    def snapshot():
        return tuple(shared)
    return add, snapshot

add, snap = make_pair()
add("a"); add("b")
print(snap(), add.__closure__[0] is snap.__closure__[0])
print(add.__code__.co_freevars, make_pair.__code__.co_cellvars)

# Rebinding through a cell is visible to every closure over it
def rebinding():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = rebinding()
set_(10)
print(get())
set_("ten")
print(get())

# Each call creates fresh cells
g1, s1 = rebinding()
g2, s2 = rebinding()
s1(1); s2(2)
print(g1(), g2())

# Cells in loops: one cell for the whole loop in a function scope
def loop_cells():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(loop_cells())

def loop_fresh_cells():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]
print(loop_fresh_cells())

# Empty cell before assignment
def early():
    def reader():
        return later
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    later = "assigned"
    return reader()
print(early())

# The __class__ cell used by zero-argument super()
class Base:
    def who(self):
        return "Base"
class Child(Base):
    def who(self):
        return "Child>" + super().who()
    def cls_from_cell(self):
        return __class__.__name__
print(Child().who(), Child().cls_from_cell())
print(Child.who.__code__.co_freevars)

# A method copied to another class still uses the original __class__ cell
class Other(Base):
    pass
Other.who = Child.who
try:
    print(Other().who())
except TypeError as e:
    print(type(e).__name__, e)

# cell_contents can be read and written
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
cell = c.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 100
print(c())
