# with statements.
def f(path):
    with open(path) as fh:
        data = fh.read()
    with open(path) as a, open(path) as b:
        pass
    with open(path):
        return data

def g(lock):
    for i in range(3):
        with lock:
            if i:
                continue
            break

with open('x') as f:
    pass
