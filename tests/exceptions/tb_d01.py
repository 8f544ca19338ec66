class P:
    pass
p = P()
def f():
    raise ValueError("v")
p.y = f()
