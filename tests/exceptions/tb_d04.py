def f():
    return [1]
def g():
    return f()[5]
g()
