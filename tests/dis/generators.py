def gen():
    x = yield 1
    y = yield x
    yield from gen()
    return y

def gexp(n):
    return (i * i for i in range(n) if i)

def nested_gen():
    def inner():
        yield
    return inner
