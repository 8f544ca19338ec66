# Annotated assignments in a module, a class and a function.
x: int
y: int = 1
obj = object()
obj.attr: int
d = {}
d['k']: str = 'v'

class C:
    a: int
    b: str = 'b'

def f():
    z: int = 1
    w: list
    return z
