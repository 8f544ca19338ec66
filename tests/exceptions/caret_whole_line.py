def f():
    raise ValueError("x")
f()
value = f()
